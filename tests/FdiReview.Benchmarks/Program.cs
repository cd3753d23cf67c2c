using BenchmarkDotNet.Running;
using FdiReview.Benchmarks;

// dotnet run -c Release --project tests/FdiReview.Benchmarks -- --filter '*'      BenchmarkDotNet benchmarks
// dotnet run -c Release --project tests/FdiReview.Benchmarks -- queue [cases]     queue load driver (needs PostgreSQL)
// dotnet run -c Release --project tests/FdiReview.Benchmarks -- audit [events]    rebuild and as-of driver (needs PostgreSQL)
if (args is ["queue", ..]) return await QueueLoad.Run(args);
// dotnet run -c Release --project tests/FdiReview.Benchmarks -- load [clients] [seconds]  HTTP load driver with pgbench ratios
if (args is ["audit", ..]) return await AuditLoad.Run(args);
// dotnet run -c Release --project tests/FdiReview.Benchmarks -- crash [--long]          crash harness (ops/crash)
if (args is ["load", ..]) return await LoadDriver.Run(args);
// dotnet run -c Release --project tests/FdiReview.Benchmarks -- nodes                    the two-node test (ops/test)
if (args is ["crash", ..]) return await CrashHarness.Run(args);
if (args is ["nodes", ..]) return await TwoNodes.Run(args);
// dotnet run -c Release --project tests/FdiReview.Benchmarks -- drill                    the restore drill (ops/test)
if (args is ["drill", ..]) return await RestoreDrill.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(ScreeningBenchmark).Assembly).Run(args);
return 0;
