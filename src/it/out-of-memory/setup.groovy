// The large digest is written here rather than kept in git.
def digests = new File(basedir, 'digests')
digests.mkdirs()
def entries = 20000
def abstractText = 'Large language models are studied here with a long abstract that repeats itself to take room. ' * 12
new File(digests, '2023-03-13T2240_large.md').withWriter('UTF-8') { out ->
    out << '# 摘要\n\n| Ref | Title | Summary |\n| --- | --- | --- |\n'
    (1..entries).each { i ->
        def id = String.format('2303.%05d', i)
        out << "| [^${i}] | [Paper number ${i} on language models.](http://arxiv.org/abs/${id}) | 摘要第${i}条。 |\n"
    }
    out << '\n# 详细\n\n'
    (1..entries).each { i ->
        def id = String.format('2303.%05d', i)
        out << "[^${i}]: 论文${i}\n\n    Paper number ${i} on language models. (arXiv:${id}v1 [cs.CL])\n\n"
        out << "    [http://arxiv.org/abs/${id}](http://arxiv.org/abs/${id})\n\n    中文摘要${i}。\n\n    ${abstractText}\n\n"
    }
}
true
