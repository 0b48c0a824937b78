// What a clone and an npm install leave beside the digests, made here: git keeps no .git folder
// and the build's ignore rules no node_modules. Each holds Markdown that is a broken digest.
def broken = '# 摘要\n\n| Ref | Title |\n| [^1] | x |\n'
[new File(basedir, '.git/notes'), new File(basedir, 'node_modules/some-package')].each { folder ->
    folder.mkdirs()
    new File(folder, 'README.md').setText(broken, 'UTF-8')
}
true
