import io.github.digestplugin.testing.LinkChecker
import java.nio.file.Files

def site = new File(basedir, 'target/site')
def log = new File(basedir, 'build.log').getText('UTF-8')

// The report ran within the site, in both locales.
assert log.contains('Generating "Reading List" report')
assert log.contains('Generating "阅读列表" report')

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
