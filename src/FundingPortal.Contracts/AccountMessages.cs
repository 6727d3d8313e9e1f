namespace FundingPortal.Contracts;

/// <summary>
/// An account e-mail to send to an address: "PasswordReset", "EmailConfirmation" or "AlreadyRegistered". The request
/// carries no secret and does not say whether the address has an account: the consumer looks it up, makes the link's
/// token and sends the e-mail (or nothing), so the HTTP answer and its timing are the same either way.
/// </summary>
public sealed record AccountEmailRequested(string Purpose, string Email, DateTimeOffset RequestedAt);
