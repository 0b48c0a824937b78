import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// Two findings at warning or worse stay within maxAllowedViolations=10: the build passes and
// both result files describe every finding, their messages in Chinese (locale zh).
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')

def pluginVersion = new XmlSlurper().parse(new File(basedir, 'pom.xml')).build.plugins.plugin.version.text()
def expected = [
    [rule: 'cell-pipe', file: 'src/digests/cell-pipe.md', line: 5, column: 86, level: 'error', severity: 'error'],
    [rule: 'encoding', file: 'src/digests/encoding.md', line: 34, column: 1, level: 'error', severity: 'error'],
    [rule: 'url-canonical', file: 'src/digests/url-canonical.md', line: 5, column: 45, level: 'note', severity: 'info'],
    [rule: 'url-canonical', file: 'src/digests/url-canonical.md', line: 14, column: 44, level: 'note', severity: 'info'],
]

// SARIF 2.1.0
def sarif = new JsonSlurper().parse(new File(basedir, 'target/digest/digest-check.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def run = sarif.runs[0]
def driver = run.tool.driver
assert driver.name == 'digest-maven-plugin'
assert driver.version == pluginVersion
assert driver.informationUri.startsWith('https://')
def ruleIds = driver.rules*.id
assert ruleIds.containsAll(['encoding', 'unreadable-file', 'cell-pipe', 'url-canonical'])
// Which rules digest:fix repairs, from the rules themselves.
assert driver.rules.findAll { it.properties.fixable }*.id.sort() == ['cell-pipe', 'truncated-entry', 'url-canonical']
assert driver.rules.every { it.properties.fixable instanceof Boolean }
driver.rules.each { rule ->
    assert rule.shortDescription.text
    assert rule.fullDescription.text.startsWith(rule.shortDescription.text)
    assert rule.helpUri == "https://digestplugin.github.io/digest-maven-plugin/rules.html#${rule.id}"
    assert rule.defaultConfiguration.level in ['error', 'warning', 'note']
}
assert driver.rules.find { it.id == 'encoding' }.shortDescription.text == '某行含有不是有效 UTF-8 的字节。'
assert run.results.find { it.ruleId == 'encoding' }.message.text == '该行含有不是有效 UTF-8 的字节'
assert log.contains('src/digests/encoding.md:34:1: error [encoding] 该行含有不是有效 UTF-8 的字节')
assert run.originalUriBaseIds['%SRCROOT%'].uri == basedir.toPath().toAbsolutePath().normalize().toUri().toString()
assert run.results.size() == expected.size()
expected.each { e ->
    def result = run.results.find { r ->
        def location = r.locations[0].physicalLocation
        r.ruleId == e.rule && location.artifactLocation.uri == e.file && location.region.startLine == e.line
    }
    assert result : "no SARIF result for ${e}"
    assert result.level == e.level
    assert result.message.text
    assert ruleIds[result.ruleIndex] == e.rule
    def location = result.locations[0].physicalLocation
    assert location.artifactLocation.uriBaseId == '%SRCROOT%'
    assert location.region.startLine == e.line
    assert location.region.startColumn == e.column
}

// checkstyle XML
def checkstyle = new XmlSlurper().parse(new File(basedir, 'target/digest/checkstyle-result.xml'))
assert checkstyle.name() == 'checkstyle'
assert checkstyle.@version.text() == pluginVersion
assert checkstyle.file*.@name*.text() == ['src/digests/cell-pipe.md', 'src/digests/encoding.md', 'src/digests/url-canonical.md']
def errors = checkstyle.file.error
assert errors.size() == expected.size()
expected.each { e ->
    def error = errors.find { it.@source.text() == "digest.${e.rule}" as String && it.parent().@name.text() == e.file &&
            it.@line.text() == e.line as String }
    assert error.size() == 1 : "no checkstyle error for ${e}"
    assert error.@line.text() == e.line as String
    assert error.@column.text() == e.column as String
    assert error.@severity.text() == e.severity
    assert error.@message.text()
}
assert errors.find { it.@source.text() == 'digest.url-canonical' }.@message.text().contains('不是规范形式')

// The invoker fails a script whose value is neither null nor true; each{} above returns its list.
true
