using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Committees;

/// <summary>The committee member's page (<c>/comites</c>): the sessions they sit on, read only.</summary>
public sealed class MySessionsTexts : TextSet
{
    public MySessionsTexts()
        : base("MyCommittees")
    {
        Add("Title", "Mes comités de labellisation", "My labelling committees");
        Add("Lead", "Les séances auxquelles vous siégez, avec leur ordre du jour et les créneaux d'audition. Les dossiers pour lesquels un conflit d'intérêts vous écarte de la séance n'y figurent pas.",
            "The sessions you sit on, with their agenda and audition slots. The proposals a conflict of interest keeps you away from are not listed.");
        Add("None", "Vous ne siégez encore à aucune séance.", "You do not sit on any session yet.");
        Add("SessionHeading", "Séance du {0} — {1}", "Session of {0} — {1}");
        Add("Call", "Appel", "Call");
        Add("Status", "État", "Status");
        Add("Scheduled", "Planifiée", "Scheduled");
        Add("Closed", "Close", "Closed");
        Add("Agenda", "Ordre du jour de la séance du {0}", "Agenda of the session of {0}");
        Add("Position", "Rang", "Rank");
        Add("Dossier", "Dossier", "Proposal");
        AddSame("Audition", "Audition");
        AddSame("Outcome", "Vote");
        Add("NotVoted", "Pas encore voté", "Not voted yet");
        Add("Recused", "Vous n'assistez pas à l'examen de {0} : {1}", "You do not attend the examination of {0}: {1}");
        Add("RecusedDetected", "Vous n'assistez pas à l'examen de {0} : un conflit d'intérêts a été détecté avec ce dossier.",
            "You do not attend the examination of {0}: a conflict of interest with this proposal was detected.");
        Add("EmptyAgenda", "Aucun dossier de cette séance ne vous est présenté.", "No proposal of this session is shown to you.");
    }
}
