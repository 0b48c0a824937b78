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
assert reports =~ /<a href="digest\/index\.html"[^>]*>Reading List<\/a>/
def reportsZh = new File(site, 'zh_CN/project-reports.html').getText('UTF-8')
assert reportsZh =~ /<a href="digest\/index\.html"[^>]*>阅读列表<\/a>/

// The pages are written in the site's language, beside the site's own pages.
def index = new File(site, 'digest/index.html')
def indexZh = new File(site, 'zh_CN/digest/index.html')
assert index.isFile() && indexZh.isFile()
assert indexZh.getText('UTF-8') =~ /<html[^>]*\blang="zh/

// Every relative link inside the report resolves to a file.
[new File(site, 'digest'), new File(site, 'zh_CN/digest')].each { report ->
    def broken = LinkChecker.brokenLinks(report.toPath())
    assert broken.isEmpty() : "broken links in ${report}: ${broken}"
}

true
