import java.nio.file.Files
import java.nio.file.Path

// Git keeps no links the invoker would copy as links, so they are made here, before the
// invocations of invoker.properties. A run on an already cloned folder finds them there.
def base = basedir.toPath()
def link = { String name, String target ->
    Path path = base.resolve(name)
    Files.deleteIfExists(path)
    Files.createSymbolicLink(path, Path.of(target))
}
link('papers/passwd.md', '../outside/secret.md')   // a digest name leading out of the digests
link('papers/d/up', '..')                          // a folder loop
link('papers/gone.md', 'no-such.md')               // a broken link named like a digest
link('papers/ping.md', 'pong.md')                  // two links leading round to each other
link('papers/pong.md', 'ping.md')
link('link', 'papers')                             // the digests under another name
true
