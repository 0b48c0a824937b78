def log = new File(basedir, 'build.log').getText('UTF-8')

// Each goal was reached and failed with the heap limit it had and how to raise it.
assert log.contains('Rendering to html markup')
assert log =~ /\[ERROR\] .*:report .*The report ran out of memory with a heap limit of \d+ MB; raise it with MAVEN_OPTS=-Xmx2g \(or a line -Xmx2g in \.mvn\/jvm\.config\) and run again/
assert log =~ /\[ERROR\] .*:check .*The check ran out of memory with a heap limit of \d+ MB; raise it with MAVEN_OPTS=-Xmx2g \(or a line -Xmx2g in \.mvn\/jvm\.config\) and run again/
assert log =~ /\[ERROR\] .*:check .*The check in a forked JVM ran out of memory with a heap limit of 16 MB; raise it with forkJvmArgs \(-Ddigest\.forkJvmArgs="-Xmx2g"\) and run again/
// Not Maven's bare message, nor the error's stack trace (the invoker runs Maven with -e, which
// prints the goal's own failure with its trace).
assert !log.contains('Java heap space')
assert !log.contains('OutOfMemoryError')
true
