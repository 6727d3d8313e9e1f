namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>Valid, unique SIRENs for test organisations (8 random digits plus the Luhn check digit).</summary>
public static class TestSirens
{
    private static int _counter = Random.Shared.Next(10_000_000, 80_000_000);

    public static string Next()
    {
        var body = Interlocked.Increment(ref _counter).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        for (var check = 0; check <= 9; check++)
        {
            var candidate = body + check;
            if (FundingPortal.Domain.Organisations.Siren.HasValidLuhnChecksum(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("unreachable");
    }
}
