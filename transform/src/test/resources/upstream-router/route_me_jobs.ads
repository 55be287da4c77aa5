ClusterId = 1
ProcId = 0
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 0
Totem = "Turtle"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 1
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 0
Totem = "Turtle"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 2
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 0
Totem = "Turtle"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 3
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 0
Totem = "Turtle"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 4
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 0
Totem = "Turtle"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 5
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 0
Totem = "Turtle"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 6
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 0
Totem = "Turtle"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 7
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 0
Totem = "Turtle"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 8
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 1
Totem = "Hare"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 9
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 1
Totem = "Hare"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 10
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 1
Totem = "Hare"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 11
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 1
Totem = "Hare"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 12
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 1
Totem = "Hare"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 13
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 1
Totem = "Hare"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 14
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 1
Totem = "Hare"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem

ClusterId = 1
ProcId = 15
Cmd = "/usr/bin/sleep"
Arguments = "1"
JobStatus = 1
JobUniverse = 5
Owner = "condor_test"
RouteMe = 1
Totem = "Hare"
RanAt = splitslotname(LastRemoteHost ?: "_@")[0]
Requirements = TARGET.PoolName == MY.Totem
