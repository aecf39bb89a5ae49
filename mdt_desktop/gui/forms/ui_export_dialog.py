# Generated from ui/export_dialog.ui by pyside6-uic: do not edit, run `python -m mdt_desktop.gui.forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QRadioButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.setMinimumSize(QSize(900, 600))
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(ExportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.choicesPanel = QWidget(self.splitter)
        self.choicesPanel.setObjectName(u"choicesPanel")
        self.choicesLayout = QVBoxLayout(self.choicesPanel)
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.choicesLayout.setContentsMargins(0, 0, 0, 0)
        self.whatGroup = QGroupBox(self.choicesPanel)
        self.whatGroup.setObjectName(u"whatGroup")
        self.whatLayout = QVBoxLayout(self.whatGroup)
        self.whatLayout.setObjectName(u"whatLayout")
        self.minutesDocxRadio = QRadioButton(self.whatGroup)
        self.minutesDocxRadio.setObjectName(u"minutesDocxRadio")
        self.minutesDocxRadio.setChecked(True)

        self.whatLayout.addWidget(self.minutesDocxRadio)

        self.minutesPdfRadio = QRadioButton(self.whatGroup)
        self.minutesPdfRadio.setObjectName(u"minutesPdfRadio")

        self.whatLayout.addWidget(self.minutesPdfRadio)

        self.annexDocxRadio = QRadioButton(self.whatGroup)
        self.annexDocxRadio.setObjectName(u"annexDocxRadio")

        self.whatLayout.addWidget(self.annexDocxRadio)

        self.annexPdfRadio = QRadioButton(self.whatGroup)
        self.annexPdfRadio.setObjectName(u"annexPdfRadio")

        self.whatLayout.addWidget(self.annexPdfRadio)

        self.actionsRadio = QRadioButton(self.whatGroup)
        self.actionsRadio.setObjectName(u"actionsRadio")

        self.whatLayout.addWidget(self.actionsRadio)

        self.agencyLayout = QHBoxLayout()
        self.agencyLayout.setObjectName(u"agencyLayout")
        self.agencyLayout.setContentsMargins(24, -1, -1, -1)
        self.agencyLabel = QLabel(self.whatGroup)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.agencyLayout.addWidget(self.agencyLabel)

        self.agencyCombo = QComboBox(self.whatGroup)
        self.agencyCombo.setObjectName(u"agencyCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.agencyCombo.sizePolicy().hasHeightForWidth())
        self.agencyCombo.setSizePolicy(sizePolicy)
        self.agencyCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.agencyCombo.setMinimumContentsLength(16)

        self.agencyLayout.addWidget(self.agencyCombo)


        self.whatLayout.addLayout(self.agencyLayout)


        self.choicesLayout.addWidget(self.whatGroup)

        self.optionsGroup = QGroupBox(self.choicesPanel)
        self.optionsGroup.setObjectName(u"optionsGroup")
        self.optionsLayout = QFormLayout(self.optionsGroup)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.digitsLabel = QLabel(self.optionsGroup)
        self.digitsLabel.setObjectName(u"digitsLabel")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.digitsLabel)

        self.digitsCombo = QComboBox(self.optionsGroup)
        self.digitsCombo.setObjectName(u"digitsCombo")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.digitsCombo)

        self.languageLabel = QLabel(self.optionsGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.optionsGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.classificationLabel = QLabel(self.optionsGroup)
        self.classificationLabel.setObjectName(u"classificationLabel")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.classificationLabel)

        self.classificationCombo = QComboBox(self.optionsGroup)
        self.classificationCombo.setObjectName(u"classificationCombo")
        self.classificationCombo.setEditable(True)

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.classificationCombo)

        self.recipientLabel = QLabel(self.optionsGroup)
        self.recipientLabel.setObjectName(u"recipientLabel")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recipientLabel)

        self.recipientEdit = QLineEdit(self.optionsGroup)
        self.recipientEdit.setObjectName(u"recipientEdit")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recipientEdit)


        self.choicesLayout.addWidget(self.optionsGroup)

        self.destinationGroup = QGroupBox(self.choicesPanel)
        self.destinationGroup.setObjectName(u"destinationGroup")
        self.destinationLayout = QHBoxLayout(self.destinationGroup)
        self.destinationLayout.setObjectName(u"destinationLayout")
        self.destinationEdit = QLineEdit(self.destinationGroup)
        self.destinationEdit.setObjectName(u"destinationEdit")

        self.destinationLayout.addWidget(self.destinationEdit)

        self.browseButton = QPushButton(self.destinationGroup)
        self.browseButton.setObjectName(u"browseButton")

        self.destinationLayout.addWidget(self.browseButton)


        self.choicesLayout.addWidget(self.destinationGroup)

        self.choicesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.choicesLayout.addItem(self.choicesSpacer)

        self.progressBar = QProgressBar(self.choicesPanel)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.choicesLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(self.choicesPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.choicesLayout.addWidget(self.statusLabel)

        self.sentGroup = QGroupBox(self.choicesPanel)
        self.sentGroup.setObjectName(u"sentGroup")
        self.sentLayout = QHBoxLayout(self.sentGroup)
        self.sentLayout.setObjectName(u"sentLayout")
        self.sentToLabel = QLabel(self.sentGroup)
        self.sentToLabel.setObjectName(u"sentToLabel")

        self.sentLayout.addWidget(self.sentToLabel)

        self.sentToCombo = QComboBox(self.sentGroup)
        self.sentToCombo.setObjectName(u"sentToCombo")
        sizePolicy.setHeightForWidth(self.sentToCombo.sizePolicy().hasHeightForWidth())
        self.sentToCombo.setSizePolicy(sizePolicy)
        self.sentToCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.sentToCombo.setMinimumContentsLength(12)

        self.sentLayout.addWidget(self.sentToCombo)

        self.markSentButton = QPushButton(self.sentGroup)
        self.markSentButton.setObjectName(u"markSentButton")

        self.sentLayout.addWidget(self.markSentButton)


        self.choicesLayout.addWidget(self.sentGroup)

        self.splitter.addWidget(self.choicesPanel)
        self.previewPanel = QWidget(self.splitter)
        self.previewPanel.setObjectName(u"previewPanel")
        self.previewLayout = QVBoxLayout(self.previewPanel)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewBarLayout = QHBoxLayout()
        self.previewBarLayout.setObjectName(u"previewBarLayout")
        self.previewLabel = QLabel(self.previewPanel)
        self.previewLabel.setObjectName(u"previewLabel")

        self.previewBarLayout.addWidget(self.previewLabel)

        self.previewBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewBarLayout.addItem(self.previewBarSpacer)

        self.previewButton = QPushButton(self.previewPanel)
        self.previewButton.setObjectName(u"previewButton")

        self.previewBarLayout.addWidget(self.previewButton)


        self.previewLayout.addLayout(self.previewBarLayout)

        self.previewArea = QScrollArea(self.previewPanel)
        self.previewArea.setObjectName(u"previewArea")
        self.previewArea.setWidgetResizable(True)
        self.previewArea.setMinimumSize(QSize(420, 0))
        self.previewPages = QWidget()
        self.previewPages.setObjectName(u"previewPages")
        self.pagesLayout = QVBoxLayout(self.previewPages)
        self.pagesLayout.setSpacing(12)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.previewHint = QLabel(self.previewPages)
        self.previewHint.setObjectName(u"previewHint")
        self.previewHint.setAlignment(Qt.AlignCenter)
        self.previewHint.setWordWrap(True)

        self.pagesLayout.addWidget(self.previewHint)

        self.previewArea.setWidget(self.previewPages)

        self.previewLayout.addWidget(self.previewArea)

        self.splitter.addWidget(self.previewPanel)

        self.mainLayout.addWidget(self.splitter)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(ExportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)

        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonsLayout.addWidget(self.exportButton)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.agencyLabel.setBuddy(self.agencyCombo)
        self.digitsLabel.setBuddy(self.digitsCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.classificationLabel.setBuddy(self.classificationCombo)
        self.recipientLabel.setBuddy(self.recipientEdit)
        self.sentToLabel.setBuddy(self.sentToCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"\u0e2a\u0e48\u0e07\u0e2d\u0e2d\u0e01\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21", None))
        self.whatGroup.setTitle(QCoreApplication.translate("ExportDialog", u"\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23", None))
        self.minutesDocxRadio.setText(QCoreApplication.translate("ExportDialog", u"\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21 (Word .docx)", None))
        self.minutesPdfRadio.setText(QCoreApplication.translate("ExportDialog", u"\u0e23\u0e32\u0e22\u0e07\u0e32\u0e19\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21 (PDF)", None))
        self.annexDocxRadio.setText(QCoreApplication.translate("ExportDialog", u"\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23\u0e41\u0e19\u0e1a: \u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e01\u0e23\u0e13\u0e35 (\u0e25\u0e31\u0e1a) (Word .docx)", None))
#if QT_CONFIG(tooltip)
        self.annexDocxRadio.setToolTip(QCoreApplication.translate("ExportDialog", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e01\u0e23\u0e13\u0e35\u0e17\u0e35\u0e48\u0e2b\u0e32\u0e23\u0e37\u0e2d\u0e43\u0e19\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21 \u0e2a\u0e33\u0e2b\u0e23\u0e31\u0e1a\u0e1c\u0e39\u0e49\u0e21\u0e35\u0e2a\u0e34\u0e17\u0e18\u0e34\u0e4c\u0e40\u0e02\u0e49\u0e32\u0e16\u0e36\u0e07\u0e40\u0e17\u0e48\u0e32\u0e19\u0e31\u0e49\u0e19 \u0e01\u0e32\u0e23\u0e2d\u0e48\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e23\u0e30\u0e1a\u0e38\u0e15\u0e31\u0e27\u0e15\u0e19\u0e17\u0e38\u0e01\u0e04\u0e23\u0e31\u0e49\u0e07\u0e16\u0e39\u0e01\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e43\u0e19\u0e1b\u0e23\u0e30\u0e27\u0e31\u0e15\u0e34\u0e01\u0e32\u0e23\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19", None))
#endif // QT_CONFIG(tooltip)
        self.annexPdfRadio.setText(QCoreApplication.translate("ExportDialog", u"\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23\u0e41\u0e19\u0e1a: \u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e01\u0e23\u0e13\u0e35 (\u0e25\u0e31\u0e1a) (PDF)", None))
#if QT_CONFIG(tooltip)
        self.annexPdfRadio.setToolTip(QCoreApplication.translate("ExportDialog", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e01\u0e23\u0e13\u0e35\u0e17\u0e35\u0e48\u0e2b\u0e32\u0e23\u0e37\u0e2d\u0e43\u0e19\u0e01\u0e32\u0e23\u0e1b\u0e23\u0e30\u0e0a\u0e38\u0e21 \u0e2a\u0e33\u0e2b\u0e23\u0e31\u0e1a\u0e1c\u0e39\u0e49\u0e21\u0e35\u0e2a\u0e34\u0e17\u0e18\u0e34\u0e4c\u0e40\u0e02\u0e49\u0e32\u0e16\u0e36\u0e07\u0e40\u0e17\u0e48\u0e32\u0e19\u0e31\u0e49\u0e19 \u0e01\u0e32\u0e23\u0e2d\u0e48\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e23\u0e30\u0e1a\u0e38\u0e15\u0e31\u0e27\u0e15\u0e19\u0e17\u0e38\u0e01\u0e04\u0e23\u0e31\u0e49\u0e07\u0e16\u0e39\u0e01\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e43\u0e19\u0e1b\u0e23\u0e30\u0e27\u0e31\u0e15\u0e34\u0e01\u0e32\u0e23\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19", None))
#endif // QT_CONFIG(tooltip)
        self.actionsRadio.setText(QCoreApplication.translate("ExportDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e01\u0e32\u0e23\u0e21\u0e2d\u0e1a\u0e2b\u0e21\u0e32\u0e22\u0e07\u0e32\u0e19\u0e23\u0e32\u0e22\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19 (PDF \u0e25\u0e07\u0e19\u0e32\u0e21\u0e14\u0e34\u0e08\u0e34\u0e17\u0e31\u0e25)", None))
        self.agencyLabel.setText(QCoreApplication.translate("ExportDialog", u"\u0e2b\u0e19\u0e48\u0e27\u0e22\u0e07\u0e32\u0e19", None))
        self.optionsGroup.setTitle(QCoreApplication.translate("ExportDialog", u"\u0e23\u0e39\u0e1b\u0e41\u0e1a\u0e1a", None))
        self.digitsLabel.setText(QCoreApplication.translate("ExportDialog", u"\u0e15\u0e31\u0e27\u0e40\u0e25\u0e02", None))
        self.languageLabel.setText(QCoreApplication.translate("ExportDialog", u"\u0e20\u0e32\u0e29\u0e32", None))
        self.classificationLabel.setText(QCoreApplication.translate("ExportDialog", u"\u0e0a\u0e31\u0e49\u0e19\u0e04\u0e27\u0e32\u0e21\u0e25\u0e31\u0e1a", None))
        self.recipientLabel.setText(QCoreApplication.translate("ExportDialog", u"\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23", None))
        self.recipientEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a (\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e40\u0e1b\u0e47\u0e19\u0e25\u0e32\u0e22\u0e19\u0e49\u0e33\u0e08\u0e32\u0e07 \u0e46 \u0e43\u0e19\u0e44\u0e1f\u0e25\u0e4c PDF)", None))
        self.destinationGroup.setTitle(QCoreApplication.translate("ExportDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e17\u0e35\u0e48", None))
        self.destinationEdit.setPlaceholderText(QCoreApplication.translate("ExportDialog", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e44\u0e1f\u0e25\u0e4c\u0e2b\u0e23\u0e37\u0e2d\u0e42\u0e1f\u0e25\u0e40\u0e14\u0e2d\u0e23\u0e4c\u0e1b\u0e25\u0e32\u0e22\u0e17\u0e32\u0e07", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u2026", None))
        self.statusLabel.setText("")
        self.sentGroup.setTitle(QCoreApplication.translate("ExportDialog", u"\u0e01\u0e32\u0e23\u0e2a\u0e48\u0e07\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23", None))
        self.sentToLabel.setText(QCoreApplication.translate("ExportDialog", u"\u0e2a\u0e48\u0e07\u0e43\u0e2b\u0e49", None))
        self.markSentButton.setText(QCoreApplication.translate("ExportDialog", u"\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01\u0e27\u0e48\u0e32\u0e2a\u0e48\u0e07\u0e41\u0e25\u0e49\u0e27", None))
        self.previewLabel.setText(QCoreApplication.translate("ExportDialog", u"\u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e2b\u0e19\u0e49\u0e32\u0e40\u0e2d\u0e01\u0e2a\u0e32\u0e23", None))
        self.previewButton.setText(QCoreApplication.translate("ExportDialog", u"\u0e41\u0e2a\u0e14\u0e07\u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07", None))
        self.previewHint.setText(QCoreApplication.translate("ExportDialog", u"\u0e01\u0e14 \u201c\u0e41\u0e2a\u0e14\u0e07\u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07\u201d \u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e14\u0e39\u0e2b\u0e19\u0e49\u0e32 PDF \u0e01\u0e48\u0e2d\u0e19\u0e1a\u0e31\u0e19\u0e17\u0e36\u0e01", None))
        self.cancelButton.setText(QCoreApplication.translate("ExportDialog", u"\u0e2b\u0e22\u0e38\u0e14", None))
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"\u0e2a\u0e48\u0e07\u0e2d\u0e2d\u0e01", None))
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"\u0e1b\u0e34\u0e14", None))
    # retranslateUi
