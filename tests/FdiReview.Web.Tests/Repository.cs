namespace FdiReview.Web.Tests;

/// <summary>The checkout the tests run from, for tests that read the project's own files.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FdiReview.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("FdiReview.sln not found above the test binaries.");
    }
}
