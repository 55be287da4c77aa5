ClusterId = 1
ProcId = 0
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 12
Owner = "condor_test"
WantJobRouter = true
Requirements = false

ClusterId = 2
ProcId = 0
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 12
Owner = "condor_test"
Requirements = false
