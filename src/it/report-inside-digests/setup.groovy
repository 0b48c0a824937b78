import io.github.digestplugin.testing.FolderSnapshot

// Snapshots the digest folder (this one) before the invocations: every file's path and content,
// kept beside it, since a file written here would itself change the listing.
new File(basedir.parentFile, 'report-inside-digests.before').text = FolderSnapshot.of(basedir.toPath())
true
