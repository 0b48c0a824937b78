// Snapshots the digest folder (this one) before the invocations: every file's path and content,
// kept beside it, since a file written here would itself change the listing.
def base = basedir.toPath()
def snapshot = new File(basedir.parentFile, 'report-inside-digests.before')
def lines = []
basedir.eachFileRecurse { file ->
    def path = file.toPath()
    def relative = base.relativize(path).toString()
    if (relative == 'build.log' || relative == 'target' || relative.startsWith('target/')) {
        return
    }
    lines << relative + ' ' + (java.nio.file.Files.isRegularFile(path) ? path.toFile().bytes.encodeBase64().toString() : '/')
}
snapshot.text = lines.sort().join('\n')
true
