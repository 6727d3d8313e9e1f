namespace FundingPortal.Application.Accounts;

/// <summary>Names shared by the OpenID Connect handler (API host) and the web pages that start and finish single sign-on.</summary>
public static class ExternalSignIn
{
    public const string Section = "Authentication:Oidc";
    public const string Scheme = "oidc";
    public const string DefaultDisplayName = "ProConnect";
    public const string SubjectClaim = "sub";
    public const string EmailClaim = "email";
    public const string EmailVerifiedClaim = "email_verified";
    public const string StartPath = "/connexion/sso";
    public const string CallbackPagePath = "/connexion/externe";
    public const string FailurePath = "/connexion?sso=echec";
}
