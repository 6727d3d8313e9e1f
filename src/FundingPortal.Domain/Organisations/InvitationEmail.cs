using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Organisations;

/// <summary>The address an invitation is sent to: one mailbox, trimmed, as Identity compares addresses (upper-case invariant).</summary>
public static class InvitationEmail
{
    public static Result<string> Parse(string? email)
    {
        var address = email?.Trim() ?? string.Empty;
        var at = address.IndexOf('@', StringComparison.Ordinal);
        var valid = address.Length is > 2 and <= Invitation.MaxEmailLength
            && at > 0 && at == address.LastIndexOf('@') && at < address.Length - 1
            && !address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>' or '"');
        return valid ? address : Error.Field("email", "invalid_email", "A valid e-mail address is required.");
    }

    public static string Normalise(string email) => email.Trim().ToUpperInvariant();
}
