import io.github.digestplugin.testing.FolderSnapshot
import io.github.digestplugin.testing.LinkChecker

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('Reading list of 2 digests') == 2

// 1: the pages outside the digests, with no site skin's resources among them.
def pages = new File(basedir.parentFile, 'report-inside-digests-pages')
assert new File(pages, 'index.html').isFile()
assert LinkChecker.brokenLinks(pages.toPath()).isEmpty()
assert !new File(pages, 'images').exists()
assert !new File(pages, 'css/maven-base.css').exists()

// 2: the default pages in the build directory, and nothing else in its site folder: no skin.
def site = new File(basedir, 'target/site')
assert new File(site, 'digest/index.html').isFile()
assert site.list() as List == ['digest']

// The digest folder is as setup.groovy found it, but for Maven's build directory and the log.
assert FolderSnapshot.of(basedir.toPath()) == new File(basedir.parentFile, 'report-inside-digests.before').text
true
