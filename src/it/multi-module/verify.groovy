def log = new File(basedir, 'build.log').getText('UTF-8')
def parent = basedir.canonicalPath
def without = new File(basedir, 'without-digests').canonicalPath

// 1: one line for each goal in each module without src/digests, the parent among them; the build passed.
[parent, without].each { folder ->
    ['check', 'report'].each { goal ->
        def line = "[INFO] No src/digests in ${folder}: skipping the digest ${goal} (set the parameter 'directory', property digest.directory, to read another folder)"
        assert log.count(line) == 1 : "once in the log: ${line}"
    }
}
assert !log.contains("The digest directory ${without}")
// The module with digests was checked and reported.
assert log.count('1 digest, 1 entry: 0 errors, 0 warnings, 0 infos') == 1
assert new File(basedir, 'with-digests/target/site/digest/index.html').isFile()
assert !new File(basedir, 'without-digests/target/site/digest').exists()
assert !new File(basedir, 'target/site/digest').exists()

// 2: named explicitly, a missing directory fails the first module, the parent.
assert log =~ /The digest directory .*no-such-folder does not exist \(parameter 'directory', property digest\.directory\)/
true
