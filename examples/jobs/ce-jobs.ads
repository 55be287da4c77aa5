AccountingGroup = "cms.cmspilot"
AcctGroup = "cms"
Arguments = "-v std -name gfactory_instance -entry CMS_T2_US_Wisconsin_ce1 -clientname cms-frontend -schedd schedd_glideins3@gfactory-2.opensciencegrid.org -factory OSG -slotslayout fixed -clientgroup main -dir TMPDIR -param_GLIDEIN_Client cms-frontend.main"
BatchRuntime = 172800
ClusterId = 48213
Cmd = "/var/lib/condor-ce/spool/8213/0/cluster48213.proc0.subproc0/glidein_startup.sh"
CompletionDate = 0
CondorPlatform = "$CondorPlatform: x86_64_AlmaLinux9 $"
CondorVersion = "$CondorVersion: 24.0.7 2025-04-24 BuildID: 802133 PackageID: 24.0.7-1 $"
DiskUsage = 75
EnteredCurrentStatus = 1783250000
Environment = "CONDORCE_COLLECTOR_HOST=ce.example.org:9619 GLIDEIN_Site=CHTC"
Err = "_condor_stderr"
ExecutableSize = 75
GlobalJobId = "ce.example.org#48213.0#1783250000"
ImageSize = 100
In = "/dev/null"
Iwd = "/var/lib/condor-ce/spool/8213/0/cluster48213.proc0.subproc0"
JobPrio = 0
JobStatus = 1
JobUniverse = 5
LeaveJobInQueue = JobStatus == 4 && (CompletionDate =?= undefined || CompletionDate == 0 || ((time() - CompletionDate) < 864000))
Managed = "External"
maxMemory = 16000
maxWallTime = 2880
MyType = "Job"
NiceUser = false
NumJobStarts = 0
NumRestarts = 0
osg_environment = ""
Out = "_condor_stdout"
Owner = "cmspilot"
PeriodicRemove = (JobStatus == 5 && time() - EnteredCurrentStatus > 3600 * 24 * 7) || (JobStatus == 2 && time() - EnteredCurrentStatus > maxWallTime * 60 + 3600)
ProcId = 0
QDate = 1783250000
queue = "cms"
Rank = 0.0
RequestCpus = 8
RequestDisk = 20000000
RequestMemory = 16000
Requirements = (TARGET.Arch == "X86_64") && (TARGET.OpSys == "LINUX") && (TARGET.Disk >= RequestDisk) && (TARGET.Memory >= RequestMemory) && (TARGET.Cpus >= RequestCpus) && (TARGET.HasFileTransfer) && (TARGET.HAS_SINGULARITY =?= true)
RoutedBy = "htcondor-ce"
ShouldTransferFiles = "YES"
StreamErr = false
StreamOut = false
TargetType = "Machine"
TransferIn = false
TransferOutput = ""
User = "cmspilot@users.ce.example.org"
UserLog = "/var/lib/condor-ce/spool/8213/0/cluster48213.proc0.subproc0/glidein.log"
WantJobRouter = true
WhenToTransferOutput = "ON_EXIT"
x509userproxy = "/var/lib/condor-ce/spool/8213/0/cluster48213.proc0.subproc0/x509up_u30331"
x509UserProxyEmail = "cms-pilot-ops@example.org"
x509UserProxyExpiration = 1783854800
x509UserProxyFirstFQAN = "/cms/Role=pilot/Capability=NULL"
x509UserProxyFQAN = "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=cmspilot/CN=761281/CN=Robot: CMS Pilot,/cms/Role=pilot/Capability=NULL,/cms/Role=NULL/Capability=NULL"
x509userproxysubject = "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=cmspilot/CN=761281/CN=Robot: CMS Pilot"
x509UserProxyVOName = "cms"
xcount = 8

AccountingGroup = "cms.cmspilot"
AcctGroup = "cms"
Arguments = "-v std -name gfactory_instance -entry CMS_T2_US_Wisconsin_ce1 -clientname cms-frontend -schedd schedd_glideins3@gfactory-2.opensciencegrid.org -factory OSG -slotslayout fixed -clientgroup main -dir TMPDIR -param_GLIDEIN_Client cms-frontend.main"
BatchRuntime = 172800
ClusterId = 48213
Cmd = "/var/lib/condor-ce/spool/8213/1/cluster48213.proc1.subproc0/glidein_startup.sh"
CompletionDate = 0
CondorPlatform = "$CondorPlatform: x86_64_AlmaLinux9 $"
CondorVersion = "$CondorVersion: 24.0.7 2025-04-24 BuildID: 802133 PackageID: 24.0.7-1 $"
DiskUsage = 75
EnteredCurrentStatus = 1783250037
Environment = "CONDORCE_COLLECTOR_HOST=ce.example.org:9619 GLIDEIN_Site=CHTC"
Err = "_condor_stderr"
ExecutableSize = 75
GlobalJobId = "ce.example.org#48213.1#1783250037"
ImageSize = 100
In = "/dev/null"
Iwd = "/var/lib/condor-ce/spool/8213/1/cluster48213.proc1.subproc0"
JobPrio = 0
JobStatus = 1
JobUniverse = 5
LeaveJobInQueue = JobStatus == 4 && (CompletionDate =?= undefined || CompletionDate == 0 || ((time() - CompletionDate) < 864000))
Managed = "External"
maxMemory = 16000
maxWallTime = 2880
MyType = "Job"
NiceUser = false
NumJobStarts = 0
NumRestarts = 0
osg_environment = ""
Out = "_condor_stdout"
Owner = "cmspilot"
PeriodicRemove = (JobStatus == 5 && time() - EnteredCurrentStatus > 3600 * 24 * 7) || (JobStatus == 2 && time() - EnteredCurrentStatus > maxWallTime * 60 + 3600)
ProcId = 1
QDate = 1783250037
queue = "cms"
Rank = 0.0
RequestCpus = 8
RequestDisk = 20000000
RequestMemory = 16000
Requirements = (TARGET.Arch == "X86_64") && (TARGET.OpSys == "LINUX") && (TARGET.Disk >= RequestDisk) && (TARGET.Memory >= RequestMemory) && (TARGET.Cpus >= RequestCpus) && (TARGET.HasFileTransfer) && (TARGET.HAS_SINGULARITY =?= true)
RoutedBy = "htcondor-ce"
ShouldTransferFiles = "YES"
StreamErr = false
StreamOut = false
TargetType = "Machine"
TransferIn = false
TransferOutput = ""
User = "cmspilot@users.ce.example.org"
UserLog = "/var/lib/condor-ce/spool/8213/1/cluster48213.proc1.subproc0/glidein.log"
WantJobRouter = true
WhenToTransferOutput = "ON_EXIT"
x509userproxy = "/var/lib/condor-ce/spool/8213/1/cluster48213.proc1.subproc0/x509up_u30970"
x509UserProxyEmail = "cms-pilot-ops@example.org"
x509UserProxyExpiration = 1783854837
x509UserProxyFirstFQAN = "/cms/Role=pilot/Capability=NULL"
x509UserProxyFQAN = "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=cmspilot/CN=761281/CN=Robot: CMS Pilot,/cms/Role=pilot/Capability=NULL,/cms/Role=NULL/Capability=NULL"
x509userproxysubject = "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=cmspilot/CN=761281/CN=Robot: CMS Pilot"
x509UserProxyVOName = "cms"
xcount = 8

AccountingGroup = "atlas.atlasprd"
AcctGroup = "atlas"
Arguments = "-v std -name gfactory_instance -entry ATLAS_US_UW -clientname atlas-frontend -schedd schedd_glideins3@gfactory-2.opensciencegrid.org -factory OSG -slotslayout fixed -clientgroup main -dir TMPDIR -param_GLIDEIN_Client atlas-frontend.main"
BatchRuntime = 86400
ClusterId = 48219
Cmd = "/var/lib/condor-ce/spool/8219/0/cluster48219.proc0.subproc0/glidein_startup.sh"
CompletionDate = 0
CondorPlatform = "$CondorPlatform: x86_64_AlmaLinux9 $"
CondorVersion = "$CondorVersion: 24.0.7 2025-04-24 BuildID: 802133 PackageID: 24.0.7-1 $"
DiskUsage = 75
EnteredCurrentStatus = 1783250074
Environment = "CONDORCE_COLLECTOR_HOST=ce.example.org:9619 GLIDEIN_Site=CHTC"
Err = "_condor_stderr"
ExecutableSize = 75
GlobalJobId = "ce.example.org#48219.0#1783250074"
ImageSize = 100
In = "/dev/null"
Iwd = "/var/lib/condor-ce/spool/8219/0/cluster48219.proc0.subproc0"
JobPrio = 0
JobStatus = 1
JobUniverse = 5
LeaveJobInQueue = JobStatus == 4 && (CompletionDate =?= undefined || CompletionDate == 0 || ((time() - CompletionDate) < 864000))
Managed = "External"
maxMemory = 2000
maxWallTime = 1440
MyType = "Job"
NiceUser = false
NumJobStarts = 0
NumRestarts = 0
osg_environment = ""
Out = "_condor_stdout"
Owner = "atlasprd"
PeriodicRemove = (JobStatus == 5 && time() - EnteredCurrentStatus > 3600 * 24 * 7) || (JobStatus == 2 && time() - EnteredCurrentStatus > maxWallTime * 60 + 3600)
ProcId = 0
QDate = 1783250074
queue = "atlas"
Rank = 0.0
RequestCpus = 1
RequestDisk = 5000000
RequestMemory = 2000
Requirements = (TARGET.Arch == "X86_64") && (TARGET.OpSys == "LINUX") && (TARGET.Disk >= RequestDisk) && (TARGET.Memory >= RequestMemory) && (TARGET.Cpus >= RequestCpus) && (TARGET.HasFileTransfer)
RoutedBy = "htcondor-ce"
ShouldTransferFiles = "YES"
StreamErr = false
StreamOut = false
TargetType = "Machine"
TransferIn = false
TransferOutput = ""
User = "atlasprd@users.ce.example.org"
UserLog = "/var/lib/condor-ce/spool/8219/0/cluster48219.proc0.subproc0/glidein.log"
WantJobRouter = true
WhenToTransferOutput = "ON_EXIT"
x509userproxy = "/var/lib/condor-ce/spool/8219/0/cluster48219.proc0.subproc0/x509up_u30154"
x509UserProxyEmail = "atlas-pilot-ops@example.org"
x509UserProxyExpiration = 1783854874
x509UserProxyFirstFQAN = "/atlas/Role=production/Capability=NULL"
x509UserProxyFQAN = "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=atlpilo1/CN=614260/CN=Robot: ATLAS Pilot1,/atlas/Role=production/Capability=NULL,/atlas/Role=NULL/Capability=NULL"
x509userproxysubject = "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=atlpilo1/CN=614260/CN=Robot: ATLAS Pilot1"
x509UserProxyVOName = "atlas"
xcount = 1

AccountingGroup = "atlas.atlasprd"
AcctGroup = "atlas"
Arguments = "-v std -name gfactory_instance -entry ATLAS_US_UW -clientname atlas-frontend -schedd schedd_glideins3@gfactory-2.opensciencegrid.org -factory OSG -slotslayout fixed -clientgroup main -dir TMPDIR -param_GLIDEIN_Client atlas-frontend.main"
BatchRuntime = 86400
ClusterId = 48219
Cmd = "/var/lib/condor-ce/spool/8219/1/cluster48219.proc1.subproc0/glidein_startup.sh"
CompletionDate = 0
CondorPlatform = "$CondorPlatform: x86_64_AlmaLinux9 $"
CondorVersion = "$CondorVersion: 24.0.7 2025-04-24 BuildID: 802133 PackageID: 24.0.7-1 $"
DiskUsage = 75
EnteredCurrentStatus = 1783250074
Environment = "CONDORCE_COLLECTOR_HOST=ce.example.org:9619 GLIDEIN_Site=CHTC"
Err = "_condor_stderr"
ExecutableSize = 75
GlobalJobId = "ce.example.org#48219.1#1783250074"
ImageSize = 100
In = "/dev/null"
Iwd = "/var/lib/condor-ce/spool/8219/1/cluster48219.proc1.subproc0"
JobPrio = 0
JobStatus = 1
JobUniverse = 5
LeaveJobInQueue = JobStatus == 4 && (CompletionDate =?= undefined || CompletionDate == 0 || ((time() - CompletionDate) < 864000))
Managed = "External"
maxMemory = 2000
maxWallTime = 1440
MyType = "Job"
NiceUser = false
NumJobStarts = 0
NumRestarts = 0
osg_environment = ""
Out = "_condor_stdout"
Owner = "atlasprd"
PeriodicRemove = (JobStatus == 5 && time() - EnteredCurrentStatus > 3600 * 24 * 7) || (JobStatus == 2 && time() - EnteredCurrentStatus > maxWallTime * 60 + 3600)
ProcId = 1
QDate = 1783250074
queue = "atlas"
Rank = 0.0
RequestCpus = 1
RequestDisk = 5000000
RequestMemory = 2000
Requirements = (TARGET.Arch == "X86_64") && (TARGET.OpSys == "LINUX") && (TARGET.Disk >= RequestDisk) && (TARGET.Memory >= RequestMemory) && (TARGET.Cpus >= RequestCpus) && (TARGET.HasFileTransfer)
RoutedBy = "htcondor-ce"
ShouldTransferFiles = "YES"
StreamErr = false
StreamOut = false
TargetType = "Machine"
TransferIn = false
TransferOutput = ""
User = "atlasprd@users.ce.example.org"
UserLog = "/var/lib/condor-ce/spool/8219/1/cluster48219.proc1.subproc0/glidein.log"
WantJobRouter = true
WhenToTransferOutput = "ON_EXIT"
x509userproxy = "/var/lib/condor-ce/spool/8219/1/cluster48219.proc1.subproc0/x509up_u30412"
x509UserProxyEmail = "atlas-pilot-ops@example.org"
x509UserProxyExpiration = 1783854874
x509UserProxyFirstFQAN = "/atlas/Role=production/Capability=NULL"
x509UserProxyFQAN = "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=atlpilo1/CN=614260/CN=Robot: ATLAS Pilot1,/atlas/Role=production/Capability=NULL,/atlas/Role=NULL/Capability=NULL"
x509userproxysubject = "/DC=ch/DC=cern/OU=Organic Units/OU=Users/CN=atlpilo1/CN=614260/CN=Robot: ATLAS Pilot1"
x509UserProxyVOName = "atlas"
xcount = 1

AccountingGroup = "osg.osg"
AcctGroup = "osg"
Arguments = "-v std -name gfactory_instance -entry OSG_US_CHTC_ce -clientname osg-frontend -schedd schedd_glideins3@gfactory-2.opensciencegrid.org -factory OSG -slotslayout fixed -clientgroup main -dir TMPDIR -param_GLIDEIN_Client osg-frontend.main"
AuthTokenId = "a6a3a4506513270e"
AuthTokenIssuer = "https://scitokens.org/osg-connect"
AuthTokenScopes = "compute.create,compute.read,compute.cancel,compute.modify"
AuthTokenSubject = "osg-htc-factory"
BatchRuntime = 86400
ClusterId = 48230
Cmd = "/var/lib/condor-ce/spool/8230/0/cluster48230.proc0.subproc0/glidein_startup.sh"
CompletionDate = 0
CondorPlatform = "$CondorPlatform: x86_64_AlmaLinux9 $"
CondorVersion = "$CondorVersion: 24.0.7 2025-04-24 BuildID: 802133 PackageID: 24.0.7-1 $"
DiskUsage = 75
EnteredCurrentStatus = 1783250111
Environment = "CONDORCE_COLLECTOR_HOST=ce.example.org:9619 GLIDEIN_Site=CHTC"
Err = "_condor_stderr"
ExecutableSize = 75
GlobalJobId = "ce.example.org#48230.0#1783250111"
ImageSize = 100
In = "/dev/null"
Iwd = "/var/lib/condor-ce/spool/8230/0/cluster48230.proc0.subproc0"
JobPrio = 0
JobStatus = 1
JobUniverse = 5
LeaveJobInQueue = JobStatus == 4 && (CompletionDate =?= undefined || CompletionDate == 0 || ((time() - CompletionDate) < 864000))
Managed = "External"
maxMemory = 1024
maxWallTime = 1440
MyType = "Job"
NiceUser = false
NumJobStarts = 0
NumRestarts = 0
osg_environment = ""
Out = "_condor_stdout"
Owner = "osg"
PeriodicRemove = (JobStatus == 5 && time() - EnteredCurrentStatus > 3600 * 24 * 7) || (JobStatus == 2 && time() - EnteredCurrentStatus > maxWallTime * 60 + 3600)
ProcId = 0
ProjectName = "OSG-Staff"
QDate = 1783250111
queue = "osg"
Rank = 0.0
RequestCpus = 1
RequestDisk = 1000000
RequestMemory = 1024
Requirements = (TARGET.Arch == "X86_64") && (TARGET.OpSys == "LINUX") && (TARGET.Disk >= RequestDisk) && (TARGET.Memory >= RequestMemory) && (TARGET.Cpus >= RequestCpus) && (TARGET.HasFileTransfer)
RoutedBy = "htcondor-ce"
ShouldTransferFiles = "YES"
StreamErr = false
StreamOut = false
TargetType = "Machine"
TransferIn = false
TransferOutput = ""
User = "osg@users.ce.example.org"
UserLog = "/var/lib/condor-ce/spool/8230/0/cluster48230.proc0.subproc0/glidein.log"
WantJobRouter = true
WhenToTransferOutput = "ON_EXIT"
xcount = 1

AccountingGroup = "osg.osg"
AcctGroup = "osg"
Arguments = "-v std -name gfactory_instance -entry OSG_US_CHTC_ce -clientname osg-frontend -schedd schedd_glideins3@gfactory-2.opensciencegrid.org -factory OSG -slotslayout fixed -clientgroup main -dir TMPDIR -param_GLIDEIN_Client osg-frontend.main"
AuthTokenId = "128b2f330c5c7fd0"
AuthTokenIssuer = "https://scitokens.org/osg-connect"
AuthTokenScopes = "compute.create,compute.read,compute.cancel,compute.modify"
AuthTokenSubject = "osg-htc-factory"
BatchRuntime = 86400
ClusterId = 48230
Cmd = "/var/lib/condor-ce/spool/8230/1/cluster48230.proc1.subproc0/glidein_startup.sh"
CompletionDate = 0
CondorPlatform = "$CondorPlatform: x86_64_AlmaLinux9 $"
CondorVersion = "$CondorVersion: 24.0.7 2025-04-24 BuildID: 802133 PackageID: 24.0.7-1 $"
DiskUsage = 75
EnteredCurrentStatus = 1783250148
Environment = "CONDORCE_COLLECTOR_HOST=ce.example.org:9619 GLIDEIN_Site=CHTC"
Err = "_condor_stderr"
ExecutableSize = 75
GlobalJobId = "ce.example.org#48230.1#1783250148"
ImageSize = 100
In = "/dev/null"
Iwd = "/var/lib/condor-ce/spool/8230/1/cluster48230.proc1.subproc0"
JobPrio = 0
JobStatus = 1
JobUniverse = 5
LeaveJobInQueue = JobStatus == 4 && (CompletionDate =?= undefined || CompletionDate == 0 || ((time() - CompletionDate) < 864000))
Managed = "External"
maxMemory = 1024
maxWallTime = 1440
MyType = "Job"
NiceUser = false
NumJobStarts = 0
NumRestarts = 0
osg_environment = ""
Out = "_condor_stdout"
Owner = "osg"
PeriodicRemove = (JobStatus == 5 && time() - EnteredCurrentStatus > 3600 * 24 * 7) || (JobStatus == 2 && time() - EnteredCurrentStatus > maxWallTime * 60 + 3600)
ProcId = 1
ProjectName = "OSG-Staff"
QDate = 1783250148
queue = "osg"
Rank = 0.0
RequestCpus = 1
RequestDisk = 1000000
RequestMemory = 1024
Requirements = (TARGET.Arch == "X86_64") && (TARGET.OpSys == "LINUX") && (TARGET.Disk >= RequestDisk) && (TARGET.Memory >= RequestMemory) && (TARGET.Cpus >= RequestCpus) && (TARGET.HasFileTransfer)
RoutedBy = "htcondor-ce"
ShouldTransferFiles = "YES"
StreamErr = false
StreamOut = false
TargetType = "Machine"
TransferIn = false
TransferOutput = ""
User = "osg@users.ce.example.org"
UserLog = "/var/lib/condor-ce/spool/8230/1/cluster48230.proc1.subproc0/glidein.log"
WantJobRouter = true
WhenToTransferOutput = "ON_EXIT"
xcount = 1

AccountingGroup = "osg.osg"
AcctGroup = "osg"
Arguments = "-v std -name gfactory_instance -entry OSG_US_CHTC_ce -clientname osg-frontend -schedd schedd_glideins3@gfactory-2.opensciencegrid.org -factory OSG -slotslayout fixed -clientgroup main -dir TMPDIR -param_GLIDEIN_Client osg-frontend.main"
AuthTokenId = "892f902bd23f0824"
AuthTokenIssuer = "https://scitokens.org/osg-connect"
AuthTokenScopes = "compute.create,compute.read,compute.cancel,compute.modify"
AuthTokenSubject = "osg-htc-factory"
BatchRuntime = 86400
ClusterId = 48230
Cmd = "/var/lib/condor-ce/spool/8230/2/cluster48230.proc2.subproc0/glidein_startup.sh"
CompletionDate = 0
CondorPlatform = "$CondorPlatform: x86_64_AlmaLinux9 $"
CondorVersion = "$CondorVersion: 24.0.7 2025-04-24 BuildID: 802133 PackageID: 24.0.7-1 $"
DiskUsage = 75
EnteredCurrentStatus = 1783250185
Environment = "CONDORCE_COLLECTOR_HOST=ce.example.org:9619 GLIDEIN_Site=CHTC"
Err = "_condor_stderr"
ExecutableSize = 75
GlobalJobId = "ce.example.org#48230.2#1783250185"
ImageSize = 100
In = "/dev/null"
Iwd = "/var/lib/condor-ce/spool/8230/2/cluster48230.proc2.subproc0"
JobPrio = 0
JobStatus = 1
JobUniverse = 5
LeaveJobInQueue = JobStatus == 4 && (CompletionDate =?= undefined || CompletionDate == 0 || ((time() - CompletionDate) < 864000))
Managed = "External"
maxMemory = 1024
maxWallTime = 1440
MyType = "Job"
NiceUser = false
NumJobStarts = 0
NumRestarts = 0
osg_environment = ""
Out = "_condor_stdout"
Owner = "osg"
PeriodicRemove = (JobStatus == 5 && time() - EnteredCurrentStatus > 3600 * 24 * 7) || (JobStatus == 2 && time() - EnteredCurrentStatus > maxWallTime * 60 + 3600)
ProcId = 2
ProjectName = "OSG-Staff"
QDate = 1783250185
queue = "osg"
Rank = 0.0
RequestCpus = 1
RequestDisk = 1000000
RequestMemory = 1024
Requirements = (TARGET.Arch == "X86_64") && (TARGET.OpSys == "LINUX") && (TARGET.Disk >= RequestDisk) && (TARGET.Memory >= RequestMemory) && (TARGET.Cpus >= RequestCpus) && (TARGET.HasFileTransfer)
RoutedBy = "htcondor-ce"
ShouldTransferFiles = "YES"
StreamErr = false
StreamOut = false
TargetType = "Machine"
TransferIn = false
TransferOutput = ""
User = "osg@users.ce.example.org"
UserLog = "/var/lib/condor-ce/spool/8230/2/cluster48230.proc2.subproc0/glidein.log"
WantJobRouter = true
WhenToTransferOutput = "ON_EXIT"
xcount = 1

AccountingGroup = "ligo.ligo"
AcctGroup = "ligo"
Arguments = "-v std -name gfactory_instance -entry IGWN_US_CHTC_GPU -clientname ligo-frontend -schedd schedd_glideins3@gfactory-2.opensciencegrid.org -factory OSG -slotslayout fixed -clientgroup main -dir TMPDIR -param_GLIDEIN_Client ligo-frontend.main"
AuthTokenId = "5d9dc9f81818e811"
AuthTokenIssuer = "https://cilogon.org/igwn"
AuthTokenScopes = "compute.create,compute.read,compute.cancel,compute.modify"
AuthTokenSubject = "ligo-pilot"
BatchRuntime = 43200
ClusterId = 48241
Cmd = "/var/lib/condor-ce/spool/8241/0/cluster48241.proc0.subproc0/glidein_startup.sh"
CompletionDate = 0
CondorPlatform = "$CondorPlatform: x86_64_AlmaLinux9 $"
CondorVersion = "$CondorVersion: 24.0.7 2025-04-24 BuildID: 802133 PackageID: 24.0.7-1 $"
DiskUsage = 75
EnteredCurrentStatus = 1783250222
Environment = "CONDORCE_COLLECTOR_HOST=ce.example.org:9619 GLIDEIN_Site=CHTC"
Err = "_condor_stderr"
ExecutableSize = 75
GlobalJobId = "ce.example.org#48241.0#1783250222"
ImageSize = 100
In = "/dev/null"
Iwd = "/var/lib/condor-ce/spool/8241/0/cluster48241.proc0.subproc0"
JobPrio = 0
JobStatus = 1
JobUniverse = 5
LeaveJobInQueue = JobStatus == 4 && (CompletionDate =?= undefined || CompletionDate == 0 || ((time() - CompletionDate) < 864000))
Managed = "External"
maxMemory = 4096
maxWallTime = 720
MyType = "Job"
NiceUser = false
NumJobStarts = 0
NumRestarts = 0
osg_environment = ""
Out = "_condor_stdout"
Owner = "ligo"
PeriodicRemove = (JobStatus == 5 && time() - EnteredCurrentStatus > 3600 * 24 * 7) || (JobStatus == 2 && time() - EnteredCurrentStatus > maxWallTime * 60 + 3600)
ProcId = 0
ProjectName = "IGWN"
QDate = 1783250222
queue = "ligo"
Rank = 0.0
RequestCpus = 1
RequestDisk = 2000000
RequestGPUs = 1
RequestMemory = 4096
Requirements = (TARGET.Arch == "X86_64") && (TARGET.OpSys == "LINUX") && (TARGET.Disk >= RequestDisk) && (TARGET.Memory >= RequestMemory) && (TARGET.Cpus >= RequestCpus) && (TARGET.HasFileTransfer) && (TARGET.GPUs >= RequestGPUs)
RoutedBy = "htcondor-ce"
ShouldTransferFiles = "YES"
StreamErr = false
StreamOut = false
TargetType = "Machine"
TransferIn = false
TransferOutput = ""
User = "ligo@users.ce.example.org"
UserLog = "/var/lib/condor-ce/spool/8241/0/cluster48241.proc0.subproc0/glidein.log"
WantJobRouter = true
WhenToTransferOutput = "ON_EXIT"
xcount = 1

AccountingGroup = "fermilab.fermilab"
AcctGroup = "fermilab"
Arguments = "-v std -name gfactory_instance -entry FNAL_US_CHTC_el7 -clientname fermilab-frontend -schedd schedd_glideins3@gfactory-2.opensciencegrid.org -factory OSG -slotslayout fixed -clientgroup main -dir TMPDIR -param_GLIDEIN_Client fermilab-frontend.main"
BatchRuntime = 172800
ClusterId = 48250
Cmd = "/var/lib/condor-ce/spool/8250/0/cluster48250.proc0.subproc0/glidein_startup.sh"
CompletionDate = 0
CondorPlatform = "$CondorPlatform: x86_64_AlmaLinux9 $"
CondorVersion = "$CondorVersion: 24.0.7 2025-04-24 BuildID: 802133 PackageID: 24.0.7-1 $"
DiskUsage = 75
EnteredCurrentStatus = 1783250259
Environment = "CONDORCE_COLLECTOR_HOST=ce.example.org:9619 GLIDEIN_Site=CHTC"
Err = "_condor_stderr"
ExecutableSize = 75
GlobalJobId = "ce.example.org#48250.0#1783250259"
ImageSize = 100
In = "/dev/null"
Iwd = "/var/lib/condor-ce/spool/8250/0/cluster48250.proc0.subproc0"
JobPrio = 0
JobStatus = 1
JobUniverse = 5
LeaveJobInQueue = JobStatus == 4 && (CompletionDate =?= undefined || CompletionDate == 0 || ((time() - CompletionDate) < 864000))
Managed = "External"
maxMemory = 2500
maxWallTime = 2880
MyType = "Job"
NiceUser = false
NumJobStarts = 0
NumRestarts = 0
osg_environment = ""
Out = "_condor_stdout"
Owner = "fermilab"
PeriodicRemove = (JobStatus == 5 && time() - EnteredCurrentStatus > 3600 * 24 * 7) || (JobStatus == 2 && time() - EnteredCurrentStatus > maxWallTime * 60 + 3600)
ProcId = 0
QDate = 1783250259
queue = "fermilab"
Rank = 0.0
RequestCpus = 1
RequestDisk = 3000000
RequestMemory = 2500
Requirements = (TARGET.Arch == "X86_64") && (TARGET.OpSys == "LINUX") && (TARGET.Disk >= RequestDisk) && (TARGET.Memory >= RequestMemory) && (TARGET.Cpus >= RequestCpus) && (TARGET.HasFileTransfer) && (TARGET.OpSysMajorVer == 7)
RoutedBy = "htcondor-ce"
ShouldTransferFiles = "YES"
StreamErr = false
StreamOut = false
TargetType = "Machine"
TransferIn = false
TransferOutput = ""
User = "fermilab@users.ce.example.org"
UserLog = "/var/lib/condor-ce/spool/8250/0/cluster48250.proc0.subproc0/glidein.log"
WantJobRouter = true
WhenToTransferOutput = "ON_EXIT"
x509userproxy = "/var/lib/condor-ce/spool/8250/0/cluster48250.proc0.subproc0/x509up_u30596"
x509UserProxyEmail = "fermilab-pilot-ops@example.org"
x509UserProxyExpiration = 1783855059
x509UserProxyFirstFQAN = "/fermilab/Role=Pilot/Capability=NULL"
x509UserProxyFQAN = "/DC=org/DC=cilogon/C=US/O=Fermi National Accelerator Laboratory/OU=Robots/CN=fifegsi.fnal.gov/CN=glideinwms,/fermilab/Role=Pilot/Capability=NULL,/fermilab/Role=NULL/Capability=NULL"
x509userproxysubject = "/DC=org/DC=cilogon/C=US/O=Fermi National Accelerator Laboratory/OU=Robots/CN=fifegsi.fnal.gov/CN=glideinwms"
x509UserProxyVOName = "fermilab"
xcount = 1

AccountingGroup = "icecube.icecube"
AcctGroup = "icecube"
Arguments = "-v std -name gfactory_instance -entry IceCube_US_CHTC_GPU -clientname icecube-frontend -schedd schedd_glideins3@gfactory-2.opensciencegrid.org -factory OSG -slotslayout fixed -clientgroup main -dir TMPDIR -param_GLIDEIN_Client icecube-frontend.main"
AuthTokenId = "e8e25d940ed90475"
AuthTokenIssuer = "https://chtc.cs.wisc.edu/icecube"
AuthTokenScopes = "compute.create,compute.read,compute.cancel,compute.modify"
AuthTokenSubject = "icecube-pilot"
BatchRuntime = 86400
ClusterId = 48262
Cmd = "/var/lib/condor-ce/spool/8262/0/cluster48262.proc0.subproc0/glidein_startup.sh"
CompletionDate = 0
CondorPlatform = "$CondorPlatform: x86_64_AlmaLinux9 $"
CondorVersion = "$CondorVersion: 24.0.7 2025-04-24 BuildID: 802133 PackageID: 24.0.7-1 $"
DiskUsage = 75
EnteredCurrentStatus = 1783250296
Environment = "CONDORCE_COLLECTOR_HOST=ce.example.org:9619 GLIDEIN_Site=CHTC"
Err = "_condor_stderr"
ExecutableSize = 75
GlobalJobId = "ce.example.org#48262.0#1783250296"
ImageSize = 100
In = "/dev/null"
Iwd = "/var/lib/condor-ce/spool/8262/0/cluster48262.proc0.subproc0"
JobPrio = 0
JobStatus = 1
JobUniverse = 5
LeaveJobInQueue = JobStatus == 4 && (CompletionDate =?= undefined || CompletionDate == 0 || ((time() - CompletionDate) < 864000))
Managed = "External"
maxMemory = 8000
maxWallTime = 1440
MyType = "Job"
NiceUser = false
NumJobStarts = 0
NumRestarts = 0
osg_environment = ""
Out = "_condor_stdout"
Owner = "icecube"
PeriodicRemove = (JobStatus == 5 && time() - EnteredCurrentStatus > 3600 * 24 * 7) || (JobStatus == 2 && time() - EnteredCurrentStatus > maxWallTime * 60 + 3600)
ProcId = 0
ProjectName = "IceCube"
QDate = 1783250296
queue = "icecube"
Rank = 0.0
RequestCpus = 1
RequestDisk = 10000000
RequestGPUs = 1
RequestMemory = 8000
Requirements = (TARGET.Arch == "X86_64") && (TARGET.OpSys == "LINUX") && (TARGET.Disk >= RequestDisk) && (TARGET.Memory >= RequestMemory) && (TARGET.Cpus >= RequestCpus) && (TARGET.HasFileTransfer) && (TARGET.GPUs >= RequestGPUs) && (TARGET.CUDACapability >= 7.0)
RoutedBy = "htcondor-ce"
ShouldTransferFiles = "YES"
StreamErr = false
StreamOut = false
TargetType = "Machine"
TransferIn = false
TransferOutput = ""
User = "icecube@users.ce.example.org"
UserLog = "/var/lib/condor-ce/spool/8262/0/cluster48262.proc0.subproc0/glidein.log"
WantJobRouter = true
WhenToTransferOutput = "ON_EXIT"
xcount = 1

