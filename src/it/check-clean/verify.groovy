// The eight real samples pass failOn=warning: what they really hold was lowered to info and is still
// reported; url-canonical is off, so none of the hundreds of rss/http urls is logged.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD SUCCESS')
assert log =~ /\[INFO\] 8 digests, 549 entries: 0 errors, 0 warnings, \d+ infos \(\d+ ms\)/
assert log =~ /\[INFO\] \S*2024-02-22T0913_97bedcef\.md:\d+:\d+: info \[cell-pipe\] /
assert log =~ /\[INFO\] \S*2023-03-13T2240_5e54f541\.md:\d+:\d+: info \[summary-mismatch\] /
assert log =~ /\[INFO\] \S*2023-06-01T0329_cde44f0e\.md:\d+:\d+: info \[empty-field\] /
assert log =~ /\[INFO\] \S*2023-06-01T0329_cde44f0e\.md:\d+:\d+: info \[empty-abstract-zh\] /
assert !log.contains('[url-canonical]')
assert !(log =~ /\] \S+:\d+:\d+: (error|warning) \[/)
