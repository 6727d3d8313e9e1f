using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Organisations;

/// <summary>The invitations page (<c>/invitations</c>): joining an organisation or a consortium.</summary>
public sealed class InvitationsTexts : TextSet
{
    public InvitationsTexts()
        : base("Invitations")
    {
        Add("Title", "Mes invitations", "My invitations");
        Add("Lead", "Les invitations envoyées à votre adresse {0}. Rien ne change pour vous tant que vous ne les avez pas acceptées.",
            "The invitations sent to your address {0}. Nothing changes for you until you accept them.");
        Add("EmailNotConfirmed", "Votre adresse e-mail n'est pas encore confirmée. Suivez le lien de l'e-mail de confirmation reçu à l'inscription : vos invitations apparaîtront ensuite ici.",
            "Your e-mail address is not confirmed yet. Follow the link in the confirmation e-mail you received when registering: your invitations will then appear here.");
        Add("None", "Aucune invitation en attente.", "No pending invitation.");
        Add("JoinOrganisation", "Rejoindre {0}", "Join {0}");
        Add("JoinConsortium", "Rejoindre le consortium du projet {0}", "Join the consortium of the project {0}");
        Add("OrganisationInvite", "{0} vous invite à rejoindre l'organisation {1}. Vous pourrez alors préparer et suivre ses dossiers.",
            "{0} invites you to join the organisation {1}. You will then be able to prepare and follow its proposals.");
        Add("AlreadyMember", "Vous appartenez déjà à une organisation : une personne n'appartient qu'à une seule organisation.",
            "You already belong to an organisation: a person belongs to one organisation only.");
        Add("PartnerInvite", "{0}, pour {1} (chef de file), vous invite à associer votre organisation au dossier {2} « {3} ».",
            "{0}, for {1} (lead partner), invites you to bring your organisation into the proposal {2} “{3}”.");
        Add("PartnerInviteNamed", "{0}, pour {1} (chef de file), vous invite à associer votre organisation ({4}) au dossier {2} « {3} ».",
            "{0}, for {1} (lead partner), invites you to bring your organisation ({4}) into the proposal {2} “{3}”.");
        Add("OrganisationFirst", "C'est votre organisation qui devient partenaire :", "Your organisation is what becomes a partner:");
        Add("CreateOrJoinFirst", "créez ou rejoignez d'abord votre organisation", "first create or join your organisation");
        Add("ThenAccept", ", puis revenez accepter.", ", then come back to accept.");
        Add("ValidUntil", "Valable jusqu'au {0}.", "Valid until {0}.");
        Add("Accept", "Accepter", "Accept");
        Add("AcceptLabel", "Accepter l'invitation : {0}", "Accept the invitation: {0}");
        Add("DeclineConfirm", "Décliner cette invitation ?", "Decline this invitation?");
        Add("Decline", "Décliner", "Decline");
        Add("DeclineLabel", "Décliner l'invitation : {0}", "Decline the invitation: {0}");
        Add("Partnered", "Votre organisation fait maintenant partie du consortium du projet {0}. Renseignez son budget dans l'étape « Budgets ».",
            "Your organisation is now part of the consortium of the project {0}. Fill in its budget in the “Budgets” step.");
        Add("Joined", "Vous avez rejoint {0} : vous pouvez préparer ses dossiers.", "You have joined {0}: you can prepare its proposals.");
        Add("Declined", "L'invitation est déclinée.", "The invitation is declined.");
        Add("JoinCommittee", "Siéger au comité de labellisation de l'appel « {0} »", "Sit on the labelling committee of the call “{0}”");
        Add("CommitteeInvite", "{0}, pour le pôle, vous invite à siéger en tant que membre extérieur au comité de labellisation de l'appel « {1} ». Vous verrez l'ordre du jour des séances auxquelles le pôle vous inscrit, sauf les dossiers avec lesquels vous avez un conflit d'intérêts.",
            "{0}, for the cluster, invites you to sit as an external member on the labelling committee of the call “{1}”. You will see the agenda of the sessions the cluster puts you on, except the proposals you have a conflict of interest with.");
        Add("Seated", "Vous êtes membre du comité de labellisation de l'appel « {0} » : vos séances apparaîtront dans « Mes comités ».",
            "You are a member of the labelling committee of the call “{0}”: your sessions will appear in “My committees”.");
    }
}
