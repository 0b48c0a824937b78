import io.github.digestplugin.testing.LinkChecker

// maven-site-plugin 3.12.1 hands the report a Doxia 1 sink. The reading list writes its entry page
// through it with the sink events both Doxia versions have, so it works there too: the entry page
// in the site's skin, linking to the whole report.
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
assert reports =~ /<a href="reading-list\.html"[^>]*>Reading List<\/a>/
assert new File(site, 'digest/index.html').isFile()
def entry = org.jsoup.Jsoup.parse(new File(site, 'reading-list.html'), 'UTF-8')
assert !entry.select('a[href=project-reports.html]').isEmpty() : 'the site menu'
assert entry.text().contains('1 digest, 4 entries, 4 papers') : entry.text()
assert entry.select('img').eachAttr('src').containsAll(['digest/charts/months.svg', 'digest/charts/categories.svg'])
entry.select('a[href^=digest/], img[src^=digest/]').each { link ->
    def target = link.hasAttr('href') ? link.attr('href') : link.attr('src')
    assert new File(site, target).isFile() : target
}
assert org.jsoup.Jsoup.parse(new File(site, 'digest/index.html'), 'UTF-8').select('.site-home a').attr('href') == '../reading-list.html'
def broken = LinkChecker.brokenLinks(new File(site, 'digest').toPath(), site.toPath())
assert broken.isEmpty() : "broken links: ${broken}"

true
