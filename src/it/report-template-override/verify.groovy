import io.github.digestplugin.testing.LinkChecker

def report = new File(basedir, 'target/site/digest')

// The replaced template renders every paper page, inside the default layout.
def papers = new File(report, 'papers').listFiles().findAll { it.name.endsWith('.html') }
assert papers.size() == 4
papers.each { page ->
    def html = page.getText('UTF-8')
    def id = page.name - '.html'
    assert html.contains("Own paper template: arXiv ${id}") : page
    assert html.contains('<link rel="stylesheet" href="../style.css">') : page
}

// Every other page still comes from the default templates.
def index = new File(report, 'index.html').getText('UTF-8')
assert !index.contains('Own paper template')
assert index.contains('href="titles.html"')
def digestPages = new File(report, 'digests').listFiles().findAll { it.name.endsWith('.html') }
assert digestPages.size() == 1
assert !digestPages[0].getText('UTF-8').contains('Own paper template')

def broken = LinkChecker.brokenLinks(report.toPath())
assert broken.isEmpty() : "broken links: ${broken}"

// 2: the broken template is named, with its line, in one clear message.
def log = new File(basedir, 'build.log').getText('UTF-8')
def failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal') }
assert failure =~ /Cannot render the reading list to .*broken: Template .*paper\.vm.*line/ : failure

true
