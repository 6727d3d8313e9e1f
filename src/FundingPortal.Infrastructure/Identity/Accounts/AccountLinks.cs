namespace FundingPortal.Infrastructure.Identity.Accounts;

/// <summary>Pages of the web UI that account e-mails point to.</summary>
public static class AccountLinks
{
    public const string SignIn = "/connexion";
    public const string ForgotPassword = "/mot-de-passe-oublie";
    public const string ResetPassword = "/mot-de-passe/nouveau";
    public const string ConfirmEmail = "/compte/confirmer";
    public const string Account = "/compte";
    public const string MfaSetUp = "/compte/double-authentification";

    public static string WithToken(string portalUrl, string path, string email, string token) =>
        $"{portalUrl.TrimEnd('/')}{path}?email={Uri.EscapeDataString(email)}&token={Uri.EscapeDataString(token)}";
}
