using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Committees;

/// <summary>The labelling committee: scheduling a session, its page (agenda, recusals, votes, close) and the consortium's audition notice.</summary>
public sealed class CommitteeTexts : TextSet
{
    public CommitteeTexts()
        : base("Committee")
    {
        Add("Title", "Comités de labellisation", "Labelling committees");
        Add("FromRanking", "Planifier le comité de labellisation de cet appel", "Schedule this call's labelling committee");
        Add("NoCalls", "Aucun appel n'est encore publié.", "No call is published yet.");
        Add("Sessions", "Séances de l'appel", "Sessions of the call");
        Add("NoSessions", "Aucune séance n'est encore planifiée pour cet appel.", "No session is scheduled for this call yet.");
        Add("SessionLink", "Séance du {0} — {1}", "Session of {0} — {1}");
        Add("AgendaCountOne", "{0} dossier, {1} voté", "{0} proposal, {1} voted");
        Add("AgendaCountMany", "{0} dossiers, {1} votés", "{0} proposals, {1} voted");
        Add("ScheduleHeading", "Planifier une séance", "Schedule a session");
        Add("ScheduleExplain", "L'ordre du jour reprend le classement de l'appel : les dossiers dont toutes les évaluations sont rendues et qui attendent la décision, chacun avec un créneau d'audition. Un dossier à qui il manque une évaluation attend une séance suivante.",
            "The agenda follows the call's ranking: the proposals whose reviews are all in and that await the decision, each with an audition slot. A proposal still missing a review waits for a later session.");
        Add("StartsAt", "Début de la séance (heure de Paris)", "Start of the session (Paris time)");
        Add("StartsAtHint", "La première audition commence à cette heure ; les suivantes s'enchaînent.", "The first audition starts at this time; the others follow one after another.");
        Add("Location", "Lieu", "Place");
        Add("AuditionMinutes", "Durée d'une audition, en minutes", "Length of an audition, in minutes");
        Add("Members", "Membres du comité", "Committee members");
        Add("MembersHint", "Les chargés de mission du pôle dont l'adresse e-mail est confirmée, et les membres extérieurs qui ont accepté l'invitation au comité de cet appel.",
            "The cluster's managers whose e-mail address is confirmed, and the external members who accepted the invitation to this call's committee.");
        Add("ExternalHeading", "Membres extérieurs du comité", "External committee members");
        Add("ExternalExplain", "Industriels, représentants des financeurs : invitez-les par e-mail. Ils ne siègent qu'après avoir accepté, et ne voient que les séances auxquelles vous les inscrivez, sans les dossiers avec lesquels ils ont un conflit d'intérêts.",
            "Industry, funders' representatives: invite them by e-mail. They sit only once they have accepted, and see only the sessions you put them on, without the proposals they have a conflict of interest with.");
        Add("NoExternal", "Aucun membre extérieur n'a encore accepté d'invitation au comité de cet appel.", "No external member has accepted an invitation to this call's committee yet.");
        Add("PendingHeading", "Invitations en attente de réponse", "Invitations awaiting an answer");
        Add("PendingItem", "{0} — valable jusqu'au {1}", "{0} — valid until {1}");
        Add("InviteEmail", "Adresse e-mail de la personne à inviter", "E-mail address of the person to invite");
        Add("InviteEmailHint", "La personne reçoit un e-mail ; elle peut créer son compte avec cette adresse si elle n'en a pas.", "The person receives an e-mail; they can create their account with this address if they have none.");
        Add("Invite", "Inviter au comité", "Invite to the committee");
        Add("Invited", "L'invitation est envoyée à {0}.", "The invitation is sent to {0}.");
        Add("Schedule", "Planifier la séance", "Schedule the session");
        Add("StartsAtInvalid", "Saisissez la date et l'heure de début, par exemple 25/11/2027 14:00.", "Enter the start date and time, for example 25/11/2027 14:00.");
        Add("Confirm.ScheduleHeading", "Planifier la séance du {0} ?", "Schedule the session of {0}?");
        Add("Confirm.ScheduleAgenda", "Les dossiers classés dont toutes les évaluations sont rendues sont inscrits à l'ordre du jour, dans l'ordre du classement, avec un créneau de {0} minutes chacun.",
            "The ranked proposals whose reviews are all in go on the agenda, in ranking order, with a slot of {0} minutes each.");
        Add("Confirm.ScheduleTold", "Chaque consortium reçoit son créneau et le lieu par notification et par e-mail ; le créneau s'ajoute à son agenda des échéances.",
            "Each consortium receives its slot and the place by notification and e-mail; the slot is added to its deadlines calendar.");
        Add("Confirm.ScheduleButton", "Planifier et prévenir les consortiums", "Schedule and tell the consortia");
        Add("Scheduled", "La séance est planifiée : les consortiums sont prévenus de leur créneau.", "The session is scheduled: the consortia are told their slot.");

        Add("SessionTitle", "Comité de labellisation du {0}", "Labelling committee of {0}");
        Add("Call", "Appel", "Call");
        Add("StartsAtFact", "Début", "Start");
        Add("Status", "État", "Status");
        Add("StatusScheduled", "Planifiée", "Scheduled");
        Add("StatusClosed", "Close", "Closed");
        Add("MembersFact", "Membres", "Members");
        Add("Agenda", "Ordre du jour", "Agenda");
        Add("Position", "Rang", "Rank");
        Add("Dossier", "Dossier", "Proposal");
        Add("Audition", "Audition", "Audition slot");
        Add("Voters", "Votants", "Voters");
        Add("Vote", "Vote", "Committee vote");
        Add("NotVoted", "Pas encore voté", "Not voted yet");
        Add("VoteSummary", "{0} : {1} pour, {2} contre, {3} abst.", "{0}: {1} for, {2} against, {3} abst.");
        Add("Minutes", "Procès-verbal", "Minutes");
        Add("MinutesPending", "Procès-verbal en cours de production", "Minutes being produced");
        Add("VoteHeading", "Vote sur {0}", "Vote on {0}");
        Add("Outcome", "Décision", "Decision");
        Add("ChooseOutcome", "Choisissez…", "Choose…");
        Add("VotesFor", "Voix pour", "Votes for");
        Add("VotesAgainst", "Voix contre", "Votes against");
        Add("Abstentions", "Nombre d'abstentions", "Abstentions");
        Add("Motivation", "Motivation (facultative)", "Reasons (optional)");
        Add("MotivationHint", "Sans motivation, le décompte des voix sert de motivation à la décision.", "Without reasons, the count of votes serves as the decision's reasons.");
        Add("RecordVote", "Enregistrer le vote sur {0}", "Record the vote on {0}");
        Add("VoteRecorded", "Le vote est enregistré.", "The vote is recorded.");
        Add("Recusals", "Déports", "Recusals");
        Add("NoRecusals", "Aucun membre ne s'est déporté.", "No member has left the room.");
        Add("RecusalLine", "{0} pour {1} : {2}", "{0} for {1}: {2}");
        Add("RecuseHeading", "Déclarer un déport", "Declare a recusal");
        Add("RecuseExplain", "Un membre en conflit d'intérêts quitte la salle pendant l'examen du dossier : il ne vote pas sur ce dossier et figure au procès-verbal.",
            "A member with a conflict of interest leaves the room while the proposal is examined: they do not vote on it and are named in the minutes.");
        Add("Member", "Membre", "Member");
        Add("Reason", "Motif", "Reason");
        Add("Recuse", "Enregistrer le déport", "Record the recusal");
        Add("Recused", "Le déport est enregistré.", "The recusal is recorded.");
        Add("CloseHeading", "Clore la séance", "Close the session");
        Add("CloseExplain", "Une fois tous les dossiers votés, la clôture transforme chaque vote en décision de labellisation et produit le procès-verbal.",
            "Once every proposal is voted, closing turns each vote into the labelling decision and produces the minutes.");
        Add("Close", "Clore la séance", "Close the session");
        Add("Confirm.CloseHeading", "Clore la séance du {0} ?", "Close the session of {0}?");
        Add("Confirm.CloseDecisions", "Chaque vote devient la décision de labellisation du dossier ; les évaluations sont figées et un label reçoit son attestation numérotée.",
            "Each vote becomes the proposal's labelling decision; the reviews are frozen and a label gets its numbered certificate.");
        Add("Confirm.CloseTold", "Les consortiums sont prévenus de la décision ; le procès-verbal est produit pour les chargés de mission.",
            "The consortia are told the decision; the minutes are produced for the managers.");
        Add("Confirm.CloseButton", "Clore la séance et décider", "Close the session and decide");
        Add("Closed", "La séance est close : les décisions sont enregistrées et le procès-verbal est en cours de production.",
            "The session is closed: the decisions are recorded and the minutes are being produced.");
        Add("Back", "Retour aux séances de l'appel", "Back to the call's sessions");

        Add("AuditionHeading", "Audition devant le comité de labellisation", "Audition before the labelling committee");
        Add("AuditionWhen", "Votre audition : {0} (heure de Paris), {1} minutes.", "Your audition: {0} (Paris time), {1} minutes.");
        Add("AuditionWhere", "Lieu : {0}", "Place: {0}");
    }
}
