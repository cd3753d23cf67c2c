using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/FdiReview.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
