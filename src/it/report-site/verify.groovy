import io.github.digestplugin.testing.LinkChecker

def site = new File(basedir, 'target/site')
def log = new File(basedir, 'build.log').getText('UTF-8')

// Both site plugin versions ran the report, in both locales. (Maven before 3.9 logs the plugin's
// artifactId, maven-site-plugin, where later ones log its prefix.)
assert log =~ /--- (maven-)?site(-plugin)?:3\.21\.0:site / && log =~ /--- (maven-)?site(-plugin)?:3\.22\.0:site /
assert log.count('Generating "Reading List" report') == 2
assert log.count('Generating "阅读列表" report') == 2
assert log.count('BUILD SUCCESS') == 2

// Project Reports lists it by its localized name, linking to the report's entry page.
def reports = new File(site, 'project-reports.html').getText('UTF-8')
assert reports =~ /<a href="reading-list\.html"[^>]*>Reading List<\/a>/
def reportsZh = new File(site, 'zh_CN/project-reports.html').getText('UTF-8')
assert reportsZh =~ /<a href="reading-list\.html"[^>]*>阅读列表<\/a>/

// The entry page is the site's own, rendered through its sink: the skin's frame and menu around
// the counts, the charts and the links into digest/, each of which resolves.
[[site, 'Open the reading list', '4 entries, 4 papers'], [new File(site, 'zh_CN'), '打开阅读列表', '4 篇论文']].each { dir, open, counts ->
    def entryFile = new File(dir, 'reading-list.html')
    assert entryFile.isFile()
    def entry = org.jsoup.Jsoup.parse(entryFile, 'UTF-8')
    def skinPage = org.jsoup.Jsoup.parse(new File(dir, 'project-reports.html'), 'UTF-8')
    assert entry.select('link[rel=stylesheet]').eachAttr('href') == skinPage.select('link[rel=stylesheet]').eachAttr('href')
    assert !entry.select('a[href=project-reports.html]').isEmpty() : 'the site menu'
    assert entry.text().contains(counts) : entry.text()
    assert entry.select("main a[href=digest/index.html]").eachText().contains(open)
    def images = entry.select('main img').eachAttr('src')
    assert entry.select('main img').eachAttr('alt').every { !it.isEmpty() }
    assert images == ['digest/charts/months.svg', 'digest/charts/categories.svg']
    (images + entry.select('main a[href^=digest/]').eachAttr('href')).each { target ->
        assert new File(dir, target).isFile() : target
    }
    // The seed list is undated: no month has entries, but its papers have categories.
    assert new File(dir, 'digest/charts/categories.svg').getText('UTF-8').contains('<rect')
}

// Every page of the report links back into the project site, to the entry page in its skin.
[new File(site, 'digest'), new File(site, 'zh_CN/digest')].each { report ->
    report.eachFileRecurse(groovy.io.FileType.FILES) { page ->
        if (page.name.endsWith('.html')) {
            def home = org.jsoup.Jsoup.parse(page, 'UTF-8').select('header .site-home a')
            assert home.size() == 1 : page
            def target = new File(page.parentFile, home.attr('href')).canonicalFile
            assert target == new File(report.parentFile, 'reading-list.html').canonicalFile : page
        }
    }
}

// The pages are written in the site's language, beside the site's own pages.
def index = new File(site, 'digest/index.html')
def indexZh = new File(site, 'zh_CN/digest/index.html')
assert index.isFile() && indexZh.isFile()
assert indexZh.getText('UTF-8') =~ /<html[^>]*\blang="zh/

// Every relative link inside the report resolves to a file.
[new File(site, 'digest'), new File(site, 'zh_CN/digest')].each { report ->
    def broken = LinkChecker.brokenLinks(report.toPath(), site.toPath())
    assert broken.isEmpty() : "broken links in ${report}: ${broken}"
}

true
