using System.Text;
using System.Text.RegularExpressions;

namespace FundingPortal.Benchmarks.Documents;

/// <summary>Counts /Type /Page objects without a PDF reader dependency in the benchmark.</summary>
internal static partial class PdfPages
{
    public static int Count(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
