import io.github.digestplugin.testing.LinkChecker

// Runs after the eight invocations of invoker.properties, which all log into build.log.
def log = new File(basedir, 'build.log').getText('UTF-8')

// 1: written below the current directory, in Chinese, titled with the report's own name.
def report = new File(basedir, 'target/site/digest')
def index = new File(report, 'index.html').getText('UTF-8')
assert index =~ /<html[^>]*\blang="zh/
assert index.contains('阅读列表')
assert !index.contains('Maven Stub Project')
def broken = LinkChecker.brokenLinks(report.toPath())
assert broken.isEmpty() : "broken links: ${broken}"

// 2: a clear failure naming the folder and the parameter, not an exception from the file system.
assert log =~ /The digest directory .*no-such-folder does not exist \(parameter 'directory', property digest\.directory\)/
assert !log.contains('NoSuchFileException')
assert !log.contains('NullPointerException')

// 3: the malformed digest is rendered and its error listed on the problems page; the build passed.
assert log =~ /\[WARNING\] 1 error in the digests, listed on the reading list's problems page/
def brokenReport = new File(basedir, 'target/broken-report')
assert new File(brokenReport, 'index.html').isFile()
assert new File(brokenReport, 'problems.html').getText('UTF-8').contains('encoding')

// 4: with failOnError the same error fails the goal, with one clear message.
assert log.contains("1 error in the digests, listed on the reading list's problems page (failOnError is set)")

// 5: skipped, and said so.
assert log.contains('Skipping the reading list (digest.skip)')
assert !new File(basedir, 'target/skipped').exists()

// 6: refused, naming both folders and the parameter.
assert log =~ /The report's output directory .*broken\/report lies among the digests in .*broken; choose another one \(parameter 'outputDirectory', property digest\.outputDirectory\)/

// 7: an empty reading list, said so, whose pages still link only to what exists.
assert log =~ /\[WARNING\] No digest found in .*broken matching includes \[\*\*\/\*\.rst\] and excludes \[\] \(and the default excludes\): the reading list is empty/
def empty = new File(basedir, 'target/empty-report')
assert new File(empty, 'index.html').isFile()
assert LinkChecker.brokenLinks(empty.toPath()).isEmpty()

// Nothing but the report was written here; the digests are untouched.
assert basedir.list().findAll { !(it in ['.mvn', 'build.log', 'invoker.properties', 'verify.groovy']) }.sort() == ['broken', 'target']
assert new File(basedir, 'broken').list() as List == ['2024-03-29_bad-bytes.md']

true

// The record of the runs is kept in ./target/digest-report, one folder per output (site/digest,
// broken-report, empty-report, forked-report), none in the pages.
def state = new File(basedir, 'target/digest-report')
def records = state.listFiles().findAll { it.isDirectory() && new File(it, 'manifest.txt').isFile() }
assert records.size() == 4 : "one record per output folder: ${records}"
def bookkeeping = []
[report, brokenReport, empty].each { pages ->
    pages.eachFileRecurse { file ->
        if (file.name == '.digest-report' || file.name.endsWith('.partial')) {
            bookkeeping << file
        }
    }
}
assert bookkeeping.isEmpty() : "bookkeeping in the pages: ${bookkeeping}"

// 8: forked, said so once, and every file as the report rendered in Maven's JVM wrote it.
assert log =~ /\[INFO\] Rendering the reading list in a forked JVM \(0 MiB of digests; parameter 'fork'\)/
assert log.readLines().any { it =~ /^\[[0-9.]+s\]\[info\]\[gc,heap,exit/ } : "the fork's own JVM output is passed on"
def forked = new File(basedir, 'target/forked-report')
def relative = { File root -> def files = [:]; root.eachFileRecurse(groovy.io.FileType.FILES) { files[root.toPath().relativize(it.toPath()).toString()] = it.bytes.encodeHex().toString() }; files }
assert relative(forked) == relative(report) : "the forked report differs from the one made in Maven's JVM"
