import java.nio.file.Files
import java.nio.file.attribute.FileTime

def papers = new File(basedir, 'papers')
// The CRLF + BOM digest is made here, so that no checkout setting can change its line ends.
def lf = new File(papers, '2024-02-05T0907_crlf-bom.md.lf')
def crlf = new ByteArrayOutputStream()
crlf.write([0xEF, 0xBB, 0xBF] as byte[])
crlf.write(lf.getText('UTF-8').replace('\n', '\r\n').getBytes('UTF-8'))
new File(papers, '2024-02-05T0907_crlf-bom.md').bytes = crlf.toByteArray()
lf.delete()

// A link to a digest inside the folder (fixed once, through its real path; the link stays a link)
// and one to a digest outside it, which is never read, let alone written.
def outside = new File(basedir, 'outside')
outside.mkdirs()
new File(outside, 'outside.md').text = new File(papers, '2024-02-22T0913_broken.md').getText('UTF-8')
Files.createSymbolicLink(new File(papers, 'link-inside.md').toPath(), new File('2024-02-22T0913_broken.md').toPath())
Files.createSymbolicLink(new File(papers, 'link-outside.md').toPath(), new File('../outside/outside.md').toPath())

// The clean digest gets an old time: a fix that leaves it alone does not write it.
Files.setLastModifiedTime(new File(papers, '2026-08-21T0916_clean.md').toPath(), FileTime.fromMillis(1000000000000L))

def originals = new File(basedir, 'originals')
originals.mkdirs()
papers.listFiles().findAll { !Files.isSymbolicLink(it.toPath()) }.each { new File(originals, it.name).bytes = it.bytes }
true
