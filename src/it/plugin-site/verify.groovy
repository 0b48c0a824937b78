import groovy.xml.XmlSlurper
import io.github.digestplugin.check.rules.Rules
import io.github.digestplugin.testing.LinkChecker
import org.jsoup.Jsoup

// basedir is this test's folder (with build.log); the site is built in the repository root.
def root = new File(basedir, '../../..').canonicalFile
def site = new File(root, 'target/site')
def text = { String page -> new File(site, page).getText('UTF-8') }

// Every page the menu names, the reading list of the bundled example among them.
['index.html', 'plugin-info.html', 'check-mojo.html', 'baseline-mojo.html', 'fix-mojo.html', 'report-mojo.html',
 'help-mojo.html', 'usage.html', 'ci.html', 'adopting.html', 'rules.html', 'faq.html', 'format.html',
 'reading-list-sqlite.html', 'configuration-file.html', 'digest-config.schema.json', 'digest/index.html'].each { page ->
    assert new File(site, page).isFile() : "no ${page} in the site"
}

// Each goal page lists every parameter a user sets with its description, its property and its
// default, as the plugin descriptor holds them (the mojos' @Parameter and javadoc).
def plain = { String html -> Jsoup.parseBodyFragment(html).text() }
def descriptor = new XmlSlurper().parse(new File(root, 'target/classes/META-INF/maven/plugin.xml'))
['check', 'fix', 'report'].each { goal ->
    def mojo = descriptor.mojos.mojo.find { it.goal.text() == goal }
    def page = text("${goal}-mojo.html")
    def parameters = mojo.parameters.parameter.findAll { it.editable.text() == 'true' }
    assert parameters.size() > 5
    parameters.each { parameter ->
        String name = parameter.name.text()
        def row = page =~ /(?s)<tr class="[ab]">\s*<td><a href="#${name}"><code>&lt;${name}&gt;<\/code><\/a><\/td>.*?<\/tr>/
        assert row.find() : "${goal}-mojo.html lists no parameter ${name}"
        String cells = plain(row.group())
        assert !cells.contains('(no description)') : "${goal}: ${name} has no description"
        def configuration = mojo.configuration.children().find { it.name() == name }
        String expression = configuration?.text()
        if (expression ==~ /\$\{[^}]+}/) {
            assert cells.contains("User Property: ${expression[2..-2]}") : "${goal}: ${name} lacks its property"
        }
        String defaultValue = configuration?.@'default-value'?.text()
        if (defaultValue) {
            assert cells.contains("Default: ${defaultValue}") : "${goal}: ${name} lacks its default"
        }
    }
}
assert text('check-mojo.html').contains('The least severity that fails the build')
assert text('fix-mojo.html').contains('Logs the change each digest would get as a unified diff')

// The rule page is generated from the rules: one row per rule, in catalogue order, each reading as
// the rule's own id, severity, fixability and description (its code spans as code, with no escapes left).
def rows = Jsoup.parse(text('rules.html')).select('#bodyColumn table tr:has(td)')
        .collect { row -> row.select('td')*.text() }
assert rows == Rules.all().collect {
    [it.id(), it.defaultSeverity().label(), it.fixable() ? 'yes' : 'no', it.description().replace('`', '')]
}
// Each row is anchored by its rule's id: the fragment of the helpUri the SARIF rules and the report give.
def anchored = Jsoup.parse(text('rules.html')).select('#bodyColumn table tr[id]')*.id()
assert anchored == Rules.all().collect { it.helpUri().substring(it.helpUri().indexOf('#') + 1) }

// The example report is the bundled example's, under the title and in the language the pom sets.
def example = text('digest/index.html')
assert example =~ /<html[^>]*\blang="en/
assert example.contains('Example reading list')

// Every relative link resolves, those of the format page (copied from docs/format.md) included.
assert new File(site, 'format.html').isFile()
def broken = LinkChecker.brokenLinks(site.toPath())
assert broken.isEmpty() : "broken links in the site: ${broken}"

true
