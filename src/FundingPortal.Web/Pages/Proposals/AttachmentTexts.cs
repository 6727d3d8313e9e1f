using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>A dossier's attachments step and its documents page (the PDFs the portal produces).</summary>
public sealed class AttachmentTexts : TextSet
{
    public AttachmentTexts()
        : base("Attachments")
    {
        Add("Title", "{0} — pièces jointes", "{0} — attachments");
        Add("Step", "pièces jointes", "attachments");
        Add("Heading", "Pièces jointes", "Attachments");
        Add("AgreementRequired", "Cet appel exige l'accord de consortium signé (PDF).", "This call requires the signed consortium agreement (PDF).");
        Add("None", "Aucune pièce jointe pour le moment.", "No attachment yet.");
        Add("CountOne", "{0} pièce jointe", "{0} attachment");
        Add("CountMany", "{0} pièces jointes", "{0} attachments");
        Add("File", "Fichier", "File");
        AddSame("Type", "Type");
        Add("Size", "Taille", "Size");
        Add("UploadedOn", "Ajoutée le", "Added on");
        Add("Sha256", "Empreinte SHA-256", "SHA-256 fingerprint");
        Add("Add", "Ajouter une pièce", "Add an attachment");
        Add("Kind", "Type de pièce", "Kind of attachment");
        Add("PdfFile", "Fichier PDF (10 Mo au plus)", "PDF file (10 MB at most)");
        Add("Error", "Erreur : ", "Error: ");
        Add("Upload", "Joindre le fichier", "Attach the file");
        Add("Next", "Étape suivante : dépôt", "Next step: submission");
        Add("Attached", "Le fichier {0} est joint au dossier.", "The file {0} is attached to the proposal.");
        AddSame("Actions", "Actions");
        Add("Remove", "Supprimer", "Delete");
        Add("Replace", "Remplacer", "Replace");
        Add("ReplaceWith", "Nouveau fichier PDF pour {0}", "New PDF file for {0}");
        Add("Uploading", "Envoi du fichier…", "Uploading the file…");
        Add("Percent", "{0}\u202F%", "{0}%");
        Add("TooLarge", "Ce fichier dépasse 10 Mo : réduisez-le (export PDF compressé, pages scannées en plus basse résolution) puis choisissez-le de nouveau.",
            "This file is larger than 10 MB: make it smaller (a compressed PDF export, pages scanned at a lower resolution), then choose it again.");
        Add("WrongType", "Ce fichier n'est pas un PDF : enregistrez le document au format PDF puis choisissez-le de nouveau.",
            "This file is not a PDF: save the document as a PDF, then choose it again.");
        Add("UploadFailed", "L'envoi du fichier a échoué (connexion interrompue ?) : rien n'a été enregistré, réessayez.",
            "The file could not be sent (connection lost?): nothing was saved, please try again.");
        Add("Replaced", "Le fichier est remplacé par {0}.", "The file is replaced by {0}.");
        Add("Removed", "Le fichier {0} est supprimé du dossier.", "The file {0} is deleted from the proposal.");
        Add("Confirm.Heading", "Supprimer la pièce jointe {0} ?", "Delete the attachment {0}?");
        Add("Confirm.Current", "Le fichier est retiré du dossier en cours de rédaction ; pour le remettre, il faudra le joindre de nouveau.",
            "The file is removed from the proposal being written; to put it back, it will have to be attached again.");
        Add("Confirm.Submitted", "Les versions déjà déposées gardent leurs pièces jointes.", "The versions already submitted keep their attachments.");
        Add("Confirm.Button", "Oui, supprimer la pièce", "Yes, delete the attachment");
        AddSame("DocumentsTitle", "{0} — documents");
        AddSame("DocumentsStep", "documents");
        Add("DocumentsHeading", "Documents du dossier", "The proposal's documents");
        Add("DocumentsIntro", "Les documents PDF sont produits par le portail à chaque étape : accusé de réception et dossier de candidature à chaque dépôt, synthèse d'évaluation et attestation de labellisation après le comité, notification de cofinancement à la fin.",
            "The portal produces the PDF documents at each stage: the acknowledgement of receipt and the application file at each submission, the evaluation summary and the label certificate after the committee, the co-funding notification at the end.");
        Add("NoDocuments", "Aucun document pour le moment : le premier est produit au dépôt du dossier.", "No document yet: the first one is produced when the proposal is submitted.");
        AddSame("DocumentsOne", "{0} document");
        AddSame("DocumentsMany", "{0} documents");
        AddSame("Document", "Document");
        AddSame("Version", "Version");
        Add("ProducedOn", "Produit le", "Produced on");
        Add("RegenerateLabel", "Relancer la production : {0}", "Produce again: {0}");
        Add("Regenerate", "Relancer", "Produce again");
        Add("Regenerated", "La production du document est relancée.", "The document is being produced again.");
    }
}
