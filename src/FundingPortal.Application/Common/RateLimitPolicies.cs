namespace FundingPortal.Application.Common;

/// <summary>Names of the rate-limiting policies, shared by the API endpoints and the web forms they protect alike.</summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in, sign-up and account recovery, per client address (RateLimits:AuthPerMinute).</summary>
    public const string Auth = "auth";

    /// <summary>The public document verification (API and page), per client address (RateLimits:VerifyPerMinute).</summary>
    public const string Verify = "verify";
}
