using System.Net;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Notifications;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Application.Organisations.Invitations;

/// <summary>What an invitation says about itself in its e-mail.</summary>
public sealed record InvitationEmailFacts(string? OrganisationName, string? ProposalAcronym, string? ProposalTitle, string? ProposalReference, string? LeadOrganisationName);

/// <summary>The French e-mails of organisation and partner invitations: who invites, to what, how to answer, until when.</summary>
public static class InvitationEmails
{
    // These texts are written in French.
    private static readonly TextFormat Format = TextFormat.French;

    public static EmailMessage Compose(Invitation invitation, InvitationEmailFacts facts, string portalUrl)
    {
        var baseUrl = portalUrl.TrimEnd('/');
        var answer = baseUrl + PortalLinks.Invitations;
        var register = baseUrl + PortalLinks.RegisterFor(invitation.Email);
        var (subject, offer) = invitation.Kind == InvitationKind.Organisation
            ? ($"Invitation à rejoindre {facts.OrganisationName} sur le portail des projets du pôle",
                $"{invitation.InvitedByEmail} vous invite à rejoindre l'organisation {facts.OrganisationName} sur le portail des projets collaboratifs du pôle. "
                + "En acceptant, votre compte y sera rattaché et vous pourrez préparer et suivre ses dossiers.")
            : ($"Invitation à rejoindre le consortium du projet {facts.ProposalAcronym}",
                $"{invitation.InvitedByEmail}, pour {facts.LeadOrganisationName}, chef de file du projet {facts.ProposalAcronym} « {facts.ProposalTitle} » "
                + $"(dossier {facts.ProposalReference}), vous invite à y associer votre organisation{(invitation.OrganisationName is null ? string.Empty : $" ({invitation.OrganisationName})")} "
                + "en tant que partenaire. Une fois votre organisation créée ou rejointe sur le portail, acceptez l'invitation : elle entrera dans le consortium "
                + "et vous pourrez renseigner son budget.");
        var until = $"Cette invitation est valable jusqu'au {Format.DateTimeWithWeekday(invitation.ExpiresAt)} (heure de Paris). "
            + "Si vous ne l'attendiez pas, ignorez ce message : rien ne se fera sans votre accord.";
        var steps = $"Pour répondre, connectez-vous avec l'adresse {invitation.Email} : {answer}\n"
            + $"Vous n'avez pas encore de compte ? Créez-le avec cette adresse : {register}";
        var text = $"{NotificationEmail.Greeting}\n\n{offer}\n\n{steps}\n\n{until}\n\n-- \n{NotificationEmail.Footer}\n";
        var html = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"></head>"
            + "<body style=\"font-family: sans-serif; color: #1a1a1a;\">"
            + $"<p>{Encode(NotificationEmail.Greeting)}</p><p>{Encode(offer)}</p>"
            + $"<p><a href=\"{Encode(answer)}\">Voir l'invitation et y répondre</a></p>"
            + $"<p>Vous n'avez pas encore de compte ? <a href=\"{Encode(register)}\">Créez-le avec l'adresse {Encode(invitation.Email)}</a>.</p>"
            + $"<p>{Encode(until)}</p>"
            + $"<p style=\"color: #555; font-size: 0.9em;\">{Encode(NotificationEmail.Footer)}</p></body></html>";
        return new EmailMessage(invitation.Email, subject, text, html);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
