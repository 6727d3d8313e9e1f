using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Accounts;

/// <summary>
/// OWASP ASVS 5.0 level 2 (V6.2): at least 12 characters, not a common password (a shipped list of 58,536, French ones
/// included: see CommonPasswords/README.md), not containing the local part of the account's e-mail address.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 200;
    public const string Code = "weak_password";

    /// <summary>A local part this short ("a@…") would forbid half the passwords without making any weaker.</summary>
    private const int ShortestLocalPartChecked = 3;

    public static Result Check(string? password, string? email)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return Weak(WeakPasswordReason.TooShort, $"The password must have at least {MinimumLength} characters.");
        }

        if (password.Length > MaximumLength)
        {
            return Weak(WeakPasswordReason.TooLong, $"The password must have at most {MaximumLength} characters.");
        }

        var localPart = email?.Split('@')[0].Trim() ?? string.Empty;
        if (localPart.Length >= ShortestLocalPartChecked && password.Contains(localPart, StringComparison.OrdinalIgnoreCase))
        {
            return Weak(WeakPasswordReason.ContainsEmail, "The password must not contain the first part of your e-mail address.");
        }

        if (CommonPasswords.Contains(password))
        {
            return Weak(WeakPasswordReason.Common, "This password is among the most common ones and would be guessed quickly; choose another.");
        }

        return Result.Success();
    }

    private static Error Weak(WeakPasswordReason reason, string message) =>
        Error.Validation(Code, message, new Dictionary<string, string[]> { ["password"] = [message] }).With("reason", ToCode(reason));

    public static string ToCode(WeakPasswordReason reason) => reason switch
    {
        WeakPasswordReason.TooShort => "too_short",
        WeakPasswordReason.TooLong => "too_long",
        WeakPasswordReason.Common => "common",
        _ => "contains_email",
    };
}
