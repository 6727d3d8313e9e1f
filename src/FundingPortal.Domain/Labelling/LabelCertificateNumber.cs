using System.Globalization;

namespace FundingPortal.Domain.Labelling;

public static class LabelCertificateNumber
{
    /// <summary>LAB-2026-0007: the year of the decision, then the next number of a sequence that never repeats.</summary>
    public static string Format(int year, long sequenceNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"LAB-{year}-{sequenceNumber:D4}");
}
