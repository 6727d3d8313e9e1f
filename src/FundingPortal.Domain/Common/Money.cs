namespace FundingPortal.Domain.Common;

public static class Money
{
    public static bool HasAtMostTwoDecimals(decimal amount) => decimal.Round(amount, 2) == amount;

    /// <summary>Rounds to the cent, half away from zero (the usual rule for French public aid amounts).</summary>
    public static decimal ToCents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}
