import io.github.digestplugin.testing.LinkChecker

def log = new File(basedir, 'build.log').getText('UTF-8')

// 1: written below the current directory, in Chinese, titled with the report's own name.
def report = new File(basedir, 'target/site/digest')
def index = new File(report, 'index.html').getText('UTF-8')
assert index =~ /<html[^>]*\blang="zh/
assert index.contains('阅读列表')
assert !index.contains('Maven Stub Project')
def broken = LinkChecker.brokenLinks(report.toPath())
assert broken.isEmpty() : "broken links: ${broken}"

// 2: a clear failure naming the folder and the parameter, not an exception from the file system.
assert log =~ /The digest directory .*no-such-folder does not exist \(parameter 'directory', property digest\.directory\)/
assert !log.contains('NoSuchFileException')
assert !log.contains('NullPointerException')

// Nothing but the report was written here.
assert basedir.list().findAll { !(it in ['.mvn', 'build.log', 'invoker.properties', 'verify.groovy']) } == ['target']

true
