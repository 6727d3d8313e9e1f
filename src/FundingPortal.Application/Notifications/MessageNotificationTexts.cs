using FundingPortal.Contracts;

namespace FundingPortal.Application.Notifications;

/// <summary>The notification of a new message in a dossier's thread, in French and English.</summary>
public static class MessageNotificationTexts
{
    public const int ExcerptLength = 500;

    public static BilingualText Posted(ProposalMessagePosted m, string body)
    {
        var excerpt = body.Length > ExcerptLength ? body[..ExcerptLength] + "…" : body;
        return m.Side == "Cluster"
            ? new(
                new($"Message du pôle : {m.Acronym}", $"Le pôle vous a écrit au sujet du dossier {m.Acronym} (référence {m.Reference}) : « {excerpt} » Répondez depuis la messagerie du dossier."),
                new($"Message from the cluster: {m.Acronym}", $"The cluster wrote to you about the proposal {m.Acronym} (reference {m.Reference}): \"{excerpt}\" Reply from the proposal's messages."))
            : new(
                new($"Message du consortium : {m.Acronym}", $"Le consortium du dossier {m.Acronym} (référence {m.Reference}) a écrit : « {excerpt} » Répondez depuis la messagerie du dossier."),
                new($"Message from the consortium: {m.Acronym}", $"The consortium of the proposal {m.Acronym} (reference {m.Reference}) wrote: \"{excerpt}\" Reply from the proposal's messages."));
    }
}
