namespace FundingPortal.Application.Common;

/// <summary>Paths of the web UI that notifications and e-mails point to.</summary>
public static class PortalLinks
{
    public static string Proposal(Guid proposalId) => $"/dossiers/{proposalId}";

    public static string Call(Guid callId) => $"/appels/{callId}";

    public const string Notifications = "/notifications";

    public const string Settings = "/compte/parametres";

    public const string Assignments = "/expert/affectations";

    public static string Assignment(Guid assignmentId) => $"/expert/affectations/{assignmentId}";

    public const string FundingRequests = "/financeur/demandes";

    public static string Messages(Guid proposalId) => $"/dossiers/{proposalId}/messages";

    public static string Corrections(Guid proposalId) => $"/dossiers/{proposalId}/corrections";

    public const string Invitations = "/invitations";

    /// <summary>The public verification page; with a code, the page of the document whose QR code carries it.</summary>
    public const string Verify = "/verifier";

    public static string Verification(string code) => $"{Verify}/{code}";

    public const string Organisation = "/organisation";

    /// <summary>Registration with the invited address filled in, coming back to the invitations afterwards.</summary>
    public static string RegisterFor(string email) => $"/inscription?email={Uri.EscapeDataString(email)}&retour={Uri.EscapeDataString(Invitations)}";
}

public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The public address of the web UI, used to make absolute links in e-mails.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";
}
