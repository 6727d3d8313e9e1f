using FundingPortal.Domain.Organisations;

namespace FundingPortal.Infrastructure.IntegrationTests.Support;

/// <summary>Valid, unique SIRENs (8 digits plus the Luhn check digit).</summary>
public static class Sirens
{
    private static int _counter = Random.Shared.Next(10_000_000, 80_000_000);

    public static string Next()
    {
        var body = Interlocked.Increment(ref _counter).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        return Enumerable.Range(0, 10).Select(check => body + check).First(Siren.HasValidLuhnChecksum);
    }
}
