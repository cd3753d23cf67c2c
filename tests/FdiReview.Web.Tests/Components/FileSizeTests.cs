using FdiReview.Web.Components.Shared;

namespace FdiReview.Web.Tests.Components;

/// <summary>Issue 15: sizes read in KB or MB, not in thousands of bytes.</summary>
public class FileSizeTests
{
    [Theory]
    [InlineData(0, "0 bytes")]
    [InlineData(1023, "1023 bytes")]
    [InlineData(1024, "1 KB")]
    [InlineData(1536, "1.5 KB")]
    [InlineData(5 * 1024 * 1024, "5 MB")]
    [InlineData(25 * 1024 * 1024 + 400_000, "25.4 MB")]
    public void A_size_reads_in_the_unit_that_fits(long bytes, string expected) => FileSize.Of(bytes).ShouldBe(expected);
}
