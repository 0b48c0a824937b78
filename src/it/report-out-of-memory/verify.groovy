def log = new File(basedir, 'build.log').getText('UTF-8')

// The goal was reached, and failed with the heap limit and how to raise it.
assert log.contains('Rendering to html markup')
assert log =~ /\[ERROR\] .*The report ran out of memory with a heap limit of \d+ MB; raise it with MAVEN_OPTS=-Xmx2g \(or a line -Xmx2g in \.mvn\/jvm\.config\) and run again/
// Not Maven's bare message, nor the error's stack trace (the invoker runs Maven with -e, which
// prints the goal's own failure with its trace).
assert !log.contains('Java heap space')
assert !log.contains('OutOfMemoryError')
true
