import io.github.digestplugin.testing.LinkChecker

// maven-site-plugin 3.12.1 hands the report a Doxia 1 sink. The reading list is an external report
// that never writes to the sink, so it works there too: the whole report, linked from the site.
def site = new File(basedir, 'target/site')
def log = new File(basedir, 'build.log').getText('UTF-8')

// The version Maven bound by default: if a newer Maven binds another, this test must be revisited.
assert log.contains('--- site:3.12.1:site')
assert log.contains('Generating "Reading List" report')
assert log.contains('BUILD SUCCESS')
['LinkageError', 'NoSuchMethodError', 'AbstractMethodError', 'NoClassDefFoundError'].each {
    assert !log.contains(it) : "build.log mentions ${it}"
}

def reports = new File(site, 'project-reports.html').getText('UTF-8')
assert reports =~ /<a href="digest\/index\.html"[^>]*>Reading List<\/a>/
assert new File(site, 'digest/index.html').isFile()
def broken = LinkChecker.brokenLinks(new File(site, 'digest').toPath())
assert broken.isEmpty() : "broken links: ${broken}"

true
