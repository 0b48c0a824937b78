import java.nio.file.Files

// Runs after the seven invocations of invoker.properties, which all log into build.log.
def log = new File(basedir, 'build.log').getText('UTF-8')
def papers = new File(basedir, 'papers')
def originals = new File(basedir, 'originals')
def broken = '2024-02-22T0913_broken.md'
def crlf = '2024-02-05T0907_crlf-bom.md'
def clean = '2026-08-21T0916_clean.md'
def cut = '2025-03-03T0907_cut.md'
def bytesOf = { String name -> new File(papers, name).bytes }
def checkstyle = { String folder ->
    new groovy.xml.XmlSlurper().parse(new File(basedir, "target/${folder}/checkstyle-result.xml")).file.collectMany { file ->
        file.error.collect { "${file.@name}:${it.@line} ${it.@source}".toString() }
    }
}

// 1, 2: before the fix, both checks say what it can repair: the url, the pipe and the closing line of
// the broken digest (counted again through the link to it), the 8 urls and the closing line of the
// CRLF one, the row url of the cut one.
assert log.count('[INFO] 18 findings can be fixed with mvn digest:fix') == 2
def before = checkstyle('before')
assert before.count { it.endsWith('digest.url-canonical') } == 2 + 2 + 8 + 1
assert before.count { it.endsWith('digest.truncated-entry') } == 4

// 3: the dry run logs a unified diff of each change and writes nothing: the fix after it has all to do.
assert log.contains('[INFO] Would fix papers/2024-02-22T0913_broken.md: cell-pipe 1, truncated-entry 1, url-canonical 2')
assert log.contains('[INFO] --- a/2024-02-22T0913_broken.md')
assert log.contains('[INFO] +++ b/2024-02-22T0913_broken.md')
assert log.contains('[INFO] -| [^2] | [InSaAF: Incorporating Safety through Accuracy and Fairness | Are LLMs')
assert log.contains('[INFO] +| [^2] | [InSaAF: Incorporating Safety through Accuracy and Fairness \\| Are LLMs')
assert log.contains('[INFO] Would fix 14 findings in 3 of 4 digests (cell-pipe 1, truncated-entry 2, url-canonical 11); 1 left' +
        ' (truncated-entry 1)')
assert log =~ /Would fix 14 findings .*; dry run, nothing written/

// 4: the fix, once per real file (the link inside leads to the broken digest).
assert log.contains('[INFO] Fixed papers/2024-02-22T0913_broken.md: cell-pipe 1, truncated-entry 1, url-canonical 2')
assert log.contains('[INFO] Fixed papers/2024-02-05T0907_crlf-bom.md: truncated-entry 1, url-canonical 8')
assert log.contains('[INFO] Fixed papers/2025-03-03T0907_cut.md: url-canonical 1')
assert log =~ /\[INFO\] Fixed 14 findings in 3 of 4 digests \(cell-pipe 1, truncated-entry 2, url-canonical 11\); 1 left \(truncated-entry 1\) \(\d+ ms\)/
assert log.contains('[INFO] papers/2025-03-03T0907_cut.md:56:5: not fixed [truncated-entry] the definition has 1 of 6 fields:' +
        ' more than its closing line is missing')

// 5: a second fix changes nothing.
assert log =~ /\[INFO\] Fixed 0 findings in 0 of 4 digests; 1 left \(truncated-entry 1\) \(\d+ ms\)/

// 6: the check after the fix finds none of the fixed findings, and announces no more fixes.
def after = checkstyle('after')
assert after.findAll { it.endsWith('digest.url-canonical') || it.endsWith('digest.cell-pipe') } == []
assert after.findAll { it.endsWith('digest.truncated-entry') } == ["papers/${cut}:56 digest.truncated-entry".toString()]
assert log.count('findings can be fixed with mvn digest:fix') == 2

// The bytes: the broken digest is the fixture it was made from, its pipe escaped.
def fixture = new File(basedir, '../../../src/test/resources/digests/cs.CL/2024-02-22T0913_cell-pipe.md').getText('UTF-8')
def fixedBroken = new String(bytesOf(broken), 'UTF-8')
assert fixedBroken == fixture.replace('Fairness | Are LLMs ready for the Indian Legal Domain?](',
        'Fairness \\| Are LLMs ready for the Indian Legal Domain?](') : 'the fixed digest differs from its fixture'
// The CRLF digest keeps its byte order mark and every line end CRLF, its closing line added as CRLF.
def crlfText = new String(bytesOf(crlf), 'UTF-8')
assert bytesOf(crlf)[0..2] == [(byte) 0xEF, (byte) 0xBB, (byte) 0xBF]
assert !(crlfText =~ /[^\r]\n/) && crlfText.endsWith('\r\n    \r\n')
assert !crlfText.contains('rss.arxiv.org')
// Its last field is followed by an empty line: that line became the closing line.
def crlfOriginal = new String(new File(originals, crlf).bytes, 'UTF-8')
assert crlfOriginal.endsWith('\r\n\r\n')
def crlfExpected = crlfOriginal.replace('https://rss.arxiv.org/abs/', 'https://arxiv.org/abs/')
crlfExpected = crlfExpected.substring(0, crlfExpected.length() - 2) + '    \r\n'
assert crlfText == crlfExpected : 'the CRLF digest changed elsewhere than in its urls and closing line'
// The clean digest is byte for byte what it was, and was not even written.
assert bytesOf(clean) == new File(originals, clean).bytes
assert new File(papers, clean).lastModified() == 1000000000000L
// The link inside is still a link; the digest outside was never touched; no temporary file is left.
assert Files.isSymbolicLink(new File(papers, 'link-inside.md').toPath())
assert new File(basedir, 'outside/outside.md').bytes == new File(originals, broken).bytes
assert papers.list().sort() == [crlf, broken, cut, clean, 'link-inside.md', 'link-outside.md'].sort()

// 7: a directory that does not exist: a clear failure, no stack trace of the plugin.
assert log =~ /The digest directory .*no-such-folder does not exist \(parameter 'directory', property digest\.directory\)/
assert !(log =~ /Caused by: (?!org\.apache\.maven\.)/)
true
