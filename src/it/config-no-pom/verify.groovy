// Runs after the four invocations of invoker.properties, which all log into build.log.
def log = new File(basedir, 'build.log').getText('UTF-8')
def config = new File(basedir, '.digest.json').canonicalPath

// 1: the file's settings: its folder, its excludes (no finding of drafts/), its severity and failOn.
assert log.count("[INFO] Settings from ${config}") == 3
// The url is reported in its row and in its definition.
// Listed by the first run only: under failOn=none (the second) nothing fails, so the short log lists nothing.
def warning = '[WARNING] papers/url-canonical.md:14:44: warning [url-canonical] Url `https://rss.arxiv.org/abs/2403.19243`'
assert log.count(warning) == 1
assert log.count('[WARNING] papers/url-canonical.md:5:45: warning [url-canonical] Url `https://rss.arxiv.org/abs/2403.19243`') == 1
assert !log.contains('drafts/cell-pipe.md')
assert log.contains('2 digest findings of severity warning or worse, 0 allowed (failOn=warning')
assert new File(basedir, 'target/results/digest-check.sarif').isFile()

// 2: -Ddigest.failOn=none and -Ddigest.resultsDirectory won over the file.
assert new File(basedir, 'target/results-d/checkstyle-result.xml').isFile()
assert log.count('1 digest, 2 entries: 0 errors, 2 warnings, 0 infos') == 2
assert log.contains('[INFO] 2 findings are not listed here (below failOn or in the baseline)')

// 3: the unknown key, with the file, its line and column, and the key it may have meant.
def bad = new File(basedir, 'bad.json').canonicalPath
assert log.contains("Invalid configuration file ${bad}:3:3: unknown key 'failon' (did you mean 'failOn'?); the keys are directory, includes, ")
assert !(log =~ /Caused by: (?!org\.apache\.maven\.)/)

// 4: the report read papers/ and wrote its pages where the file says, under its title, in English.
def index = new File(basedir, 'target/pages/index.html')
assert index.isFile()
def page = index.getText('UTF-8')
assert page.contains('Papers from the configuration file')
assert page =~ /<html[^>]*\blang="en/

// The digests are never written to.
assert new File(basedir, 'papers').list().sort() == ['drafts', 'url-canonical.md']
true
