// Runs after the seven invocations of invoker.properties, which all log into build.log.
def log = new File(basedir, 'build.log').getText('UTF-8')

// 1: both the .md and the .txt digest were read from ./papers (the current directory, no pom).
assert log.contains('2 digests, 1 entry: 0 errors, 0 warnings, 0 infos')
def sarif = new File(basedir, 'target/digest/digest-check.sarif')
def checkstyle = new File(basedir, 'target/digest/checkstyle-result.xml')
assert sarif.isFile() && checkstyle.isFile()
def files = new groovy.xml.XmlSlurper().parse(checkstyle).file*.@name*.text()
assert files == ['papers/2024-03-29_one-entry.md', 'papers/2026-08-22_empty.txt']

// 2: no digest matched: warned, results still written, and the build passed.
assert log =~ /\[WARNING\] No digest found in .*papers matching includes \[\*\*\/\*\.rst\]/
assert new File(basedir, 'target/empty-run/digest-check.sarif').isFile()
assert log.contains('0 digests, 0 entries: 0 errors, 0 warnings, 0 infos')

// 3: a clear failure naming the folder and the parameter. The ITs run with -e (showErrors), so
// Maven prints its own exceptions; no exception of the plugin or the JDK may show up as a cause.
assert log =~ /The digest directory .*no-such-folder does not exist \(parameter 'directory', property digest\.directory\)/
assert !log.contains('NoSuchFileException')
assert !(log =~ /Caused by: (?!org\.apache\.maven\.)/)

// 4, 5: bad configuration names the bad value and what is accepted.
assert log.contains("Invalid digest:check configuration: Unknown rule id 'no-such-rule' in the severity overrides; known ids: encoding, ")
assert log.contains("Invalid digest:check configuration: failOn is 'fatal', it must be one of error, warning, info, none")

// 6: skipped.
assert log.contains('[INFO] Skipping the digest check (digest.skip)')

// 7: a results directory among the digests is refused.
assert log =~ /The results directory .*papers\/results lies inside the digest directory .*papers; choose another one \(parameter 'outputDirectory', property digest\.resultsDirectory\)/

// The digests are never written to.
assert new File(basedir, 'papers').list().sort() == ['2024-03-29_one-entry.md', '2026-08-22_empty.txt']
