import io.github.digestplugin.testing.LinkChecker

def report = new File(basedir, 'target/site/digest')
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('Reading list of 1 digest, 4 entries, 4 papers')
assert new File(report, 'index.html').isFile()

// One page per paper of the seed list.
def papers = new File(report, 'papers').listFiles().findAll { it.name.endsWith('.html') }*.name.sort()
assert papers == ['2305.00767.html', '2306.07207.html', '2403.06869.html', '2403.19243.html']

// The title is the project's name; the language the JVM's (zh_CN here, no locale configured).
def index = new File(report, 'index.html').getText('UTF-8')
assert index.contains('Seed reading list')
assert index =~ /<html[^>]*\blang="zh/

def broken = LinkChecker.brokenLinks(report.toPath())
assert broken.isEmpty() : "broken links: ${broken}"

// A standalone run renders no site skin: none of its resources in the site folder or among the pages.
assert new File(basedir, 'target/site').list() as List == ['digest']
assert !new File(report, 'images').exists()
assert !new File(report, 'fonts').exists()

true
