// The test digests pass failOn=warning: the malformations they hold, as real digests do, were lowered
// to info and are still reported; url-canonical is off, so none of their rss/http urls is logged.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert log =~ /\[INFO\] 10 digests, 27 entries: 0 errors, 0 warnings, 10 infos \(\d+ ms\)/
assert log =~ /\[INFO\] \S*2024-02-22T0913_cell-pipe\.md:6:70: info \[cell-pipe\] /
assert log =~ /\[INFO\] \S*2023-06-01T0329_empty-fields\.md:6:172: info \[cell-pipe\] /
assert log =~ /\[INFO\] \S*2023-03-13T2240_first-day\.md:5:116: info \[summary-mismatch\] /
assert log =~ /\[INFO\] \S*2023-06-01T0329_empty-fields\.md:39:7: info \[empty-field\] /
assert log =~ /\[INFO\] \S*2023-10-17T0312_empty-summary-zh\.md:30:5: info \[empty-field\] /
assert log =~ /\[INFO\] \S*2023-09-12T0313_no-abstract-zh\.md:34:5: info \[empty-abstract-zh\] /
assert !log.contains('[url-canonical]')
// url-canonical is off, so only the two stray pipes the definitions place count as fixable.
assert log.contains("[INFO] 2 findings can be fixed with mvn digest:fix")
assert !(log =~ /\] \S+:\d+:\d+: (error|warning) \[/)
