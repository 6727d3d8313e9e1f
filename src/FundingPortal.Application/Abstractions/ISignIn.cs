namespace FundingPortal.Application.Abstractions;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>The password was right and the account has MFA: the second step is pending for five minutes.</summary>
    SecondFactorRequired,

    /// <summary>Wrong credentials, a locked account, a wrong or used code, an identity that cannot be linked: one answer for all.</summary>
    Refused,

    /// <summary>Nothing to complete: the second step timed out, or the identity provider's answer is missing.</summary>
    Expired,
}

/// <summary>
/// The web UI's cookie session over ASP.NET Core Identity: every sign-in opens a server-side session that signing out
/// ends, and an account with MFA goes through the second step first. The API's bearer tokens are the host's own
/// (Api/Auth/TokenEndpoints).
/// </summary>
public interface ISignIn
{
    Task<SignInOutcome> PasswordSignInAsync(string? email, string? password, CancellationToken cancellationToken);

    Task<bool> SecondFactorPendingAsync();

    /// <summary>A TOTP code, or else one of the account's recovery codes, for the account whose password was just checked.</summary>
    Task<SignInOutcome> SecondFactorSignInAsync(string? totpCode, string? recoveryCode, CancellationToken cancellationToken);

    /// <summary>
    /// Back from the OpenID Connect provider: the identity already linked signs in; a first one is linked to the account
    /// with the same address only when the provider says it verified it (else <see cref="SignInOutcome.Refused"/>).
    /// </summary>
    Task<SignInOutcome> ExternalSignInAsync(string providerDisplayName, CancellationToken cancellationToken);

    /// <summary>Ends the cookie's session on the server (every session of the account with <paramref name="everywhere"/>), then the cookie.</summary>
    Task SignOutAsync(bool everywhere, CancellationToken cancellationToken);
}
